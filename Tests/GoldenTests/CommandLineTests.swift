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
