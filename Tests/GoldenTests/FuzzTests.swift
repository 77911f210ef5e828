// The bounded run of the API fuzzer (Tests/Fuzz/fuzz_builtins.py; `make fuzz` runs it longer):
// a sample of calls of every builtin, builtin-type method and shipped-module function with
// hostile arguments; any new death by a signal or hang fails the test.

import Foundation
import XCTest

final class FuzzTests: XCTestCase {
    func testHostileCallsNeitherKillNorHangTheInterpreter() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let driver = GoldenTests.repository.appendingPathComponent("Tests/Fuzz/fuzz_builtins.py").path
        // Every 37th call, for at most 40 seconds (`make fuzz` runs them all).
        let offset = 0
        p.arguments = ["python3", driver, "--baozi", GoldenTests.binary.path, "--seconds", "40",
                       "--step", "37", "--offset", String(offset), "--call-timeout", "10"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertTrue(report.hasPrefix("fuzz: "), report)
        XCTAssertEqual(p.terminationStatus, 0, report)
    }
}
