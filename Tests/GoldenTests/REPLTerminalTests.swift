// The REPL as a user meets it: the built `baozi` driven through a real pseudo-terminal by
// pty_driver.py (python3), which types keys and waits for output with a timeout.

import Foundation
import XCTest

final class REPLTerminalTests: XCTestCase {
    /// A step of a terminal session.
    enum Step {
        case send(String)
        case expect(String)   // a regular expression
        case exit(Int32)

        var json: [String: Any] {
            switch self {
            case .send(let s): return ["send": s]
            case .expect(let p): return ["expect": p]
            case .exit(let status): return ["exit": Int(status)]
            }
        }
    }

    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baozi-repl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Runs `baozi arguments` on a terminal through the steps; fails the test (with the
    /// transcript) if a step times out. Returns the transcript without escape sequences.
    @discardableResult
    func terminal(_ steps: [Step], arguments: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let driver = GoldenTests.root.appendingPathComponent("pty_driver.py")
        let json = try JSONSerialization.data(withJSONObject: steps.map(\.json))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", driver.path, String(decoding: json, as: UTF8.self), "--", GoldenTests.binary.path] + arguments
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm"
        env["NO_COLOR"] = "1"
        env["HOME"] = scratch.path
        env["BAOZI_HISTORY"] = scratch.appendingPathComponent("history").path
        p.environment = env
        p.currentDirectoryURL = scratch
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        // The driver times out each step itself; this only guards against the driver hanging.
        let watchdog = DispatchWorkItem { [p] in if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let transcript = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        watchdog.cancel()
        XCTAssertEqual(p.terminationStatus, 0, "terminal session failed:\n\(transcript)", file: file, line: line)
        return transcript
    }

    func testMultiLineDefinitionAndCall() throws {
        let t = try terminal([
            .expect("Baozi .*Ctrl-D"), .expect(">>> "),
            .send("def double(x):\n"), .expect("\\.\\.\\. "),
            .send("    return x * 2\n"), .expect("\\.\\.\\. "),
            .send("\n"), .expect(">>> "),
            .send("double(21)\n"), .expect("42\n>>> "),
            .send("\u{4}"), .exit(0),
        ])
        // Not from the prompt on: a line typed before libedit has switched the terminal to raw
        // mode is echoed once by the terminal and again by libedit (a race of the test driver).
        XCTAssertTrue(t.contains("def double(x):\n...     return x * 2\n... \n>>> double(21)\n42\n"), t)
    }

    func testHistoryRecalledInASecondSession() throws {
        try terminal([
            .expect(">>> "), .send("def triple(x):\n    return x * 3\n\n"), .expect(">>> "),
            .send("answer = 14\n"), .expect(">>> "),
            .send("\u{4}"), .exit(0),
        ])
        let history = try String(contentsOf: scratch.appendingPathComponent("history"), encoding: .utf8)
        XCTAssertTrue(history.contains("answer"), history)
        // Up twice: the multi-line definition comes back as one entry, then `answer = 14`.
        try terminal([
            .expect(">>> "), .send("\u{1b}[A\u{1b}[A\n"), .expect(">>> "),
            .send("\u{1b}[A\u{1b}[A\n"), .expect(">>> "),
            .send("triple(answer)\n"), .expect("42\n>>> "),
            .send("\u{4}"), .exit(0),
        ])
    }

    func testCompletionOfNamesAndAttributes() throws {
        let t = try terminal([
            .expect(">>> "), .send("gevity = 12345\n"), .expect(">>> "),
            // gev<TAB> completes to the only match; Enter evaluates it.
            .send("gev\t\n"), .expect("12345\n>>> "),
            .send("class Thing:\n    alpha = 1\n    def beta(self): pass\n\n"), .expect(">>> "),
            .send("obj = Thing()\n"), .expect(">>> "),
            // obj.<TAB><TAB> lists the attributes.
            .send("obj.\t\t"), .expect("obj\\.alpha +obj\\.beta\\("),
            .send("\u{3}"), .expect("KeyboardInterrupt\n>>> "),
            .send("\u{4}"), .exit(0),
        ])
        XCTAssertFalse(t.contains("obj.__class__"), "underscore names are hidden after a bare dot: \(t)")
    }

    func testCtrlCInterruptsRunningCode() throws {
        try terminal([
            .expect(">>> "), .send("n = 0\n"), .expect(">>> "),
            // Ctrl-C only once the code is seen running, however slow the machine.
            .send("if True:\n    print('spinning')\n    while True: n += 1\n"), .expect("\\.\\.\\. "), .send("\n"),
            .expect("spinning\n"),
            .send("\u{3}"), .expect("Traceback \\(most recent call last\\):\n  File \"<stdin>\", line 3, in <module>\nKeyboardInterrupt\n>>> "),
            .send("n > 0\n"), .expect("True\n>>> "),
            .send("import time; print('sleeping'); time.sleep(100)\n"), .expect("sleeping\n"),
            .send("\u{3}"), .expect("KeyboardInterrupt\n>>> "),
            .send("\u{4}"), .exit(0),
        ])
    }

    func testCtrlCWhileTypingClearsTheEntry() throws {
        try terminal([
            .expect(">>> "), .send("x = (1,\n"), .expect("\\.\\.\\. "),
            .send("\u{3}"), .expect("\nKeyboardInterrupt\n>>> "),
            .send("'still here'\n"), .expect("'still here'\n>>> "),
            .send("\u{4}"), .exit(0),
        ])
    }

    func testErrorsKeepTheSessionGoing() throws {
        let t = try terminal([
            .expect(">>> "), .send("state = [1, 2]\n"), .expect(">>> "),
            .send("state[5]\n"), .expect("IndexError: list index out of range\n>>> "),
            .send("x = )\n"), .expect("SyntaxError: unmatched '\\)'\n>>> "),
            .send("state\n"), .expect("\\[1, 2\\]\n>>> "),
            .send("exit()\n"), .exit(0),
        ])
        XCTAssertTrue(t.contains("  File \"<stdin>\", line 1, in <module>\nIndexError"), t)
        XCTAssertTrue(t.contains("  File \"<stdin>\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'"), t)
    }

    func testExitStatusFromExit() throws {
        try terminal([.expect(">>> "), .send("exit(3)\n"), .exit(3)])
    }

    func testInspectAfterScriptAndAfterItsError() throws {
        let script = scratch.appendingPathComponent("app.py")
        try "greeting = 'hi'\nraise ValueError('boom')\n".write(to: script, atomically: true, encoding: .utf8)
        try terminal([
            .expect("ValueError: boom\n>>> "),
            .send("greeting\n"), .expect("'hi'\n>>> "),
            .send("\u{4}"), .exit(0),
        ], arguments: ["-i", script.path])
    }

    func testGreenletsSpawnedInOneEntryRunWhenALaterEntryWaits() throws {
        try terminal([
            .expect(">>> "), .send("import gevent\n"), .expect(">>> "),
            .send("log = []\n"), .expect(">>> "),
            .send("g = gevent.spawn(lambda: log.append('ran') or 42)\n"), .expect(">>> "),
            .send("log\n"), .expect("\\[\\]\r?\n>>> "),
            .send("gevent.sleep(0.01)\n"), .expect(">>> "),
            .send("log, g.value\n"), .expect("\\(\\['ran'\\], 42\\)\r?\n>>> "),
            .send("\u{4}"), .exit(0),
        ])
    }

    func testCtrlCWhileTheHubWaitsReturnsToThePrompt() throws {
        try terminal([
            .expect(">>> "), .send("import gevent\n"), .expect(">>> "),
            .send("sleepers = [gevent.spawn(gevent.sleep, 100) for _ in range(3)]\n"), .expect(">>> "),
            .send("print('waiting'); gevent.joinall(sleepers)\n"), .expect("waiting"),
            .send("\u{3}"), .expect("KeyboardInterrupt"), .expect(">>> "),
            .send("print('still here', len(sleepers))\n"), .expect("still here 3"),
            .send("\u{4}"), .exit(0),
        ])
    }
}
