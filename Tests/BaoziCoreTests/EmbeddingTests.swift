// The embedding API and the no-global-state property: interpreters are independent objects.

import Foundation
import XCTest
@testable import BaoziCore

/// A host that keeps what a script prints.
final class CapturingHost: ScriptHost {
    var output = ""
    var errors = ""
    func write(_ text: String, toStandardError: Bool) {
        if toStandardError { errors += text } else { output += text }
    }
    func flush() {}
    func readLine(prompt: String) -> String? { nil }
}

final class EmbeddingTests: XCTestCase {
    func testRunsAProgramAndCapturesItsOutput() {
        let host = CapturingHost()
        let interp = Interpreter(host: host)
        let outcome = interp.runMain(source: "print('hi', 6 * 7)\n", filename: "<test>")
        XCTAssertEqual(outcome, .finished)
        XCTAssertEqual(host.output, "hi 42\n")
    }

    func testUncaughtExceptionIsReportedWithATraceback() {
        let host = CapturingHost()
        let interp = Interpreter(host: host)
        let outcome = interp.runMain(source: "def f():\n    raise ValueError('bad token')\nf()\n", filename: "<test>")
        XCTAssertEqual(outcome, .exited(1))
        XCTAssertTrue(host.errors.hasPrefix("Traceback (most recent call last):\n"), host.errors)
        XCTAssertTrue(host.errors.contains("line 2, in f"), host.errors)
        XCTAssertTrue(host.errors.hasSuffix("ValueError: bad token\n"), host.errors)
    }

    func testSystemExitSetsTheStatus() {
        let interp = Interpreter(host: CapturingHost())
        interp.capabilities = .processExit
        XCTAssertEqual(interp.runMain(source: "import sys\nsys.exit(3)\n", filename: "<test>"), .exited(3))
    }

    func testHostCallsIntoScriptFunctions() throws {
        let interp = Interpreter(host: CapturingHost())
        try interp.execute("def greet(name, punct='!'):\n    return 'hello ' + name + punct\n")
        let greet = try XCTUnwrap(interp.globalValue("greet"))
        let r = try interp.call(greet, [interp.newStr("swift")], kwargs: [("punct", interp.newStr("?"))])
        XCTAssertEqual((r.asObject as? StrObj)?.value, "hello swift?")
    }

    func testScriptErrorsReachTheHostAsPyError() throws {
        let interp = Interpreter(host: CapturingHost())
        XCTAssertThrowsError(try interp.execute("{}['missing']\n")) { error in
            guard let e = error as? PyError else { return XCTFail("not a PyError: \(error)") }
            XCTAssertEqual(interp.message(of: e), "KeyError: 'missing'")
        }
    }

    /// Two interpreters on two threads at once: each sees only its own state.
    func testTwoInterpretersOnTwoThreads() {
        let program = """
        total = 0
        for i in range(200000):
            total += i % TAG
        shared = [TAG] * 3
        print(TAG, total, shared)
        """
        var results = [String](repeating: "", count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let host = CapturingHost()
            let interp = Interpreter(host: host)
            _ = interp.runMain(source: "TAG = \(k + 7)\n" + program + "\n", filename: "<thread \(k)>")
            results[k] = host.output + host.errors
        }
        for k in 0..<2 {
            let tag = k + 7
            let total = (0..<200000).reduce(0) { $0 + $1 % tag }
            XCTAssertEqual(results[k], "\(tag) \(total) [\(tag), \(tag), \(tag)]\n")
        }
    }

    /// A million interpreted calls deep: frames live on the heap, not the native stack.
    func testMillionDeepRecursionOnAThreadStack() {
        let host = CapturingHost()
        let interp = Interpreter(host: host)
        let src = "import sys\nsys.setrecursionlimit(1100000)\ndef down(n):\n    if n == 0:\n        return 0\n    return down(n - 1) + 1\nprint(down(1000000))\n"
        XCTAssertEqual(interp.runMain(source: src, filename: "<deep>"), .finished)
        XCTAssertEqual(host.output, "1000000\n", host.errors)
    }

    func testRunawayRecursionIsARecursionError() {
        let host = CapturingHost()
        let interp = Interpreter(host: host)
        let src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n"
        XCTAssertEqual(interp.runMain(source: src, filename: "<runaway>"), .finished)
        XCTAssertEqual(host.output, "caught maximum recursion depth exceeded\n", host.errors)
    }
}
