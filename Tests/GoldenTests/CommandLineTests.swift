// The `baozi` command's own interface: flags, -c, standard input, exit statuses.

import Foundation
import XCTest

final class CommandLineTests: XCTestCase {
    func baozi(_ arguments: [String], stdin: String? = nil) throws -> (out: String, err: String, status: Int32) {
        let p = Process()
        p.executableURL = GoldenTests.binary
        p.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin.data(using: .utf8)!) }
        try input.fileHandleForWriting.close()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (o, e, p.terminationStatus)
    }

    func testVersionAndHelp() throws {
        let v = try baozi(["--version"])
        XCTAssertEqual(v.status, 0)
        XCTAssertTrue(v.out.hasPrefix("Baozi "), v.out)
        let h = try baozi(["--help"])
        XCTAssertEqual(h.status, 0)
        XCTAssertTrue(h.out.contains("USAGE: baozi"), h.out)
    }

    func testCommandStringGetsItsArguments() throws {
        let r = try baozi(["-c", "import sys; print(sys.argv)", "a", "b"])
        XCTAssertEqual(r.out, "['-c', 'a', 'b']\n")
        XCTAssertEqual(r.status, 0)
    }

    func testProgramFromStandardInput() throws {
        let r = try baozi(["-"], stdin: "print(sum(range(10)))\n")
        XCTAssertEqual(r.out, "45\n")
    }

    func testExitStatuses() throws {
        XCTAssertEqual(try baozi(["-c", "raise SystemExit(7)"]).status, 7)
        let failed = try baozi(["-c", "1/0"])
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.err.hasSuffix("ZeroDivisionError: division by zero\n"), failed.err)
        XCTAssertEqual(try baozi(["--no-such-flag"]).status, 2)
        let missing = try baozi(["no_such_script.py"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("can't open file 'no_such_script.py'"), missing.err)
    }

    func testSyntaxErrorShowsFileLineAndCaret() throws {
        let r = try baozi(["-c", "x = (1,\nprint(x"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("SyntaxError: '(' was never closed"), r.err)
        XCTAssertTrue(r.err.contains("^"), r.err)
    }
}

/// The REPL's command-line behaviour without a terminal.
extension CommandLineTests {
    func testPipedProgramRunsWithoutPrompts() throws {
        let r = try baozi([], stdin: "def f():\n    return 6 * 7\n\nprint(f())\nx = 1\nx\n")
        XCTAssertEqual(r.out, "42\n", "a piped program runs as a script: no prompts, no echo")
        XCTAssertEqual(r.err, "")
        XCTAssertEqual(r.status, 0)
    }

    func testInspectReadsEntriesFromPipe() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("baozi-i-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("app.py")
        try "import sys\nvalue = 41\nsys.exit(5)\n".write(to: script, atomically: true, encoding: .utf8)
        let r = try baozi(["-i", script.path], stdin: "value + 1\n1/0\nvalue\n")
        XCTAssertEqual(r.out, "42\n41\n\n")
        XCTAssertTrue(r.err.contains("SystemExit: 5"), r.err)
        XCTAssertTrue(r.err.contains(">>> "), "prompts go to standard error: \(r.err)")
        XCTAssertTrue(r.err.contains("  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero"), r.err)
        XCTAssertEqual(r.status, 0)
    }

    func testInspectWithCommand() throws {
        let r = try baozi(["-i", "-c", "x = 2"], stdin: "x * 21\nexit(4)\n")
        XCTAssertEqual(r.out, "42\n")
        XCTAssertEqual(r.status, 4)
    }
}
