// Properties of the VM that a golden output alone cannot show: peak memory of a churning
// program, and very large inputs generated at test time.

import Foundation
import XCTest

final class VMPropertyTests: XCTestCase {
    /// Runs the binary on a script and returns (stdout, exit status).
    func runMeasured(_ script: URL, arguments: [String] = []) throws -> (String, Int32, Int) {
        let out = Pipe()
        let p = Process()
        p.executableURL = GoldenTests.binary
        p.arguments = [script.path] + arguments
        p.standardOutput = out
        p.standardError = FileHandle.standardError
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), p.terminationStatus, 0)
    }

    func testCyclicGarbageKeepsMemoryFlat() throws {
        // The script reports its own peak RSS (VmHWM): waiting on the child ourselves would
        // race with Foundation's Process, which reaps it too.
        let script = GoldenTests.root.appendingPathComponent("cases/vm/cycles_churn.py")
        let (out, status, _) = try runMeasured(script, arguments: ["--report-peak"])
        XCTAssertEqual(status, 0)
        let lines = out.split(separator: "\n")
        XCTAssertEqual(lines.first, "1499998500000")
        let peakKB = lines.last.flatMap { Int($0.split(separator: " ").last ?? "") } ?? Int.max
        print("cycles_churn peak RSS: \(peakKB / 1024) MB")
        XCTAssertLessThan(peakKB, 100 * 1024, "peak RSS \(peakKB / 1024) MB for 1,000,000 cyclic objects")
    }

    func testTenMegabyteSourceFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("baozi-big-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var src = "total = 0\n"
        var i = 0
        while src.utf8.count < 10_000_000 {
            src += "total += \(i)  # a line of a generated ten-megabyte program\n"
            i += 1
        }
        src += "print(total)\n"
        let file = dir.appendingPathComponent("big.py")
        try src.write(to: file, atomically: true, encoding: .utf8)
        let (out, status, _) = try runMeasured(file)
        XCTAssertEqual(status, 0)
        XCTAssertEqual(out, "\((0..<i).reduce(0, +))\n")
    }

    func testDeeplyNestedBracketsAreASyntaxError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("baozi-nest-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("nested.py")
        try ("x = " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let err = Pipe()
        let p = Process()
        p.executableURL = GoldenTests.binary
        p.arguments = [file.path]
        p.standardError = err
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 1)
        XCTAssertTrue(text.contains("SyntaxError: too many nested parentheses"), text)
    }
}
