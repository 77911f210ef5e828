// The REPL loop without a terminal: lines in, echoed values, tracebacks and exit statuses out.

@testable import BaoziCLI
import BaoziCore
import XCTest

/// Lines given in advance.
private final class ScriptedLineReader: LineReader {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var history: [String] = []

    init(_ inputs: [LineInput]) { self.inputs = inputs }

    func read(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func addHistory(_ entry: String) { history.append(entry) }
}

final class REPLLoopTests: XCTestCase {
    private struct Session {
        var out: String
        var err: String
        var status: Int32
        var prompts: [String]
        var history: [String]
    }

    private func session(_ lines: [String], interrupts: Set<Int> = []) -> Session {
        let host = CapturingHost()
        let interp = Interpreter(host: host)
        interp.capabilities = .all
        interp.prepareInteractiveMain()
        let inputs = lines.enumerated().map { interrupts.contains($0.offset) ? LineInput.interrupted : .line($0.element) }
        let reader = ScriptedLineReader(inputs)
        let status = REPL(interpreter: interp, reader: reader, style: Style(enabled: false)).run()
        return Session(out: host.out, err: host.err, status: status, prompts: reader.prompts, history: reader.history)
    }

    func testExpressionsEchoReprAndSetUnderscore() {
        let s = session(["1 + 1", "None", "'a' * 2", "_", "x = 5", "x"])
        XCTAssertEqual(s.out, "2\n'aa'\n'aa'\n5\n\n")
        XCTAssertEqual(s.err, "")
        XCTAssertEqual(s.status, 0)
    }

    func testMultiLineDefinitionThenCall() {
        let s = session(["def f(x):", "    return x * 2", "", "f(21)"])
        XCTAssertEqual(s.out, "42\n\n")
        XCTAssertEqual(s.prompts, [">>> ", "... ", "... ", ">>> ", ">>> "])
        XCTAssertEqual(s.history, ["def f(x):\n    return x * 2", "f(21)"])
    }

    func testTracebackLinesCountWithinEachEntry() {
        let s = session(["def f():", "    return 1/0", "", "x = 3", "f()", "x"])
        XCTAssertEqual(s.err, """
            Traceback (most recent call last):
              File "<stdin>", line 1, in <module>
              File "<stdin>", line 2, in f
            ZeroDivisionError: division by zero

            """)
        XCTAssertEqual(s.out, "3\n\n", "state survives the error")
    }

    func testSyntaxErrorShownAsPythonDoesAndLoopGoesOn() {
        let s = session(["x = (1 +", ")", "1 +", "7"])
        XCTAssertEqual(s.err, """
              File "<stdin>", line 2
                )
                ^
            SyntaxError: invalid syntax
              File "<stdin>", line 1
                1 +
                   ^
            SyntaxError: invalid syntax

            """)
        XCTAssertEqual(s.out, "7\n\n")
    }

    func testInterruptWhileTypingDropsTheEntry() {
        let s = session(["def f():", "(interrupted)", "f"], interrupts: [1])
        XCTAssertEqual(s.err, "\nKeyboardInterrupt\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'f' is not defined\n")
        XCTAssertEqual(s.prompts, [">>> ", "... ", ">>> ", ">>> "])
    }

    func testExitAndQuit() {
        XCTAssertEqual(session(["exit()", "1"]).status, 0)
        XCTAssertEqual(session(["quit(4)"]).status, 4)
        XCTAssertEqual(session(["import sys", "sys.exit(2)"]).status, 2)
        XCTAssertEqual(session(["exit"]).out, "Use exit() or Ctrl-D (i.e. EOF) to exit\n\n")
    }

    func testHelpShowsSignatureAndDocstring() {
        let s = session(["def area(w, h=1):", "    'Width times height.'", "    return w * h", "", "help(area)"])
        XCTAssertEqual(s.out, "Help on function area in module __main__:\n\narea(w, h=1)\n    Width times height.\n\n")
    }

    func testGeneratorsAcrossEntries() {
        let s = session(["def gen():", "    yield 1", "    yield 2", "", "g = gen()", "next(g)", "list(g)"])
        XCTAssertEqual(s.out, "1\n[2]\n\n")
    }

    func testColouredTraceback() {
        let text = Style(enabled: true).traceback("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: x\n")
        XCTAssertEqual(text, "Traceback (most recent call last):\n\u{1b}[35m  File \"<stdin>\", line 1, in <module>\u{1b}[0m\n\u{1b}[1;31mNameError: x\u{1b}[0m\n")
        XCTAssertEqual(Style(enabled: false).prompt(">>> "), ">>> ")
        XCTAssertEqual(Style(enabled: true).prompt(">>> "), "\u{1}\u{1b}[1;35m\u{1}>>>\u{1}\u{1b}[0m\u{1} ")
        XCTAssertEqual(Style.forStream(0, environment: ["TERM": "xterm", "NO_COLOR": "1"]).enabled, false)
        XCTAssertEqual(Style.forStream(0, environment: ["TERM": "dumb"]).enabled, false)
    }

    func testHistoryPath() {
        XCTAssertEqual(History.path(environment: ["HOME": "/home/u"]), "/home/u/.baozi_history")
        XCTAssertEqual(History.path(environment: ["HOME": "/home/u", "BAOZI_HISTORY": "/tmp/h"]), "/tmp/h")
        XCTAssertNil(History.path(environment: ["HOME": "/home/u", "BAOZI_HISTORY": ""]))
    }
}
