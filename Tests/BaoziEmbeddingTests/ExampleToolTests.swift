// examples/embed: the embed-rules tool, run as a user runs it.

import Foundation
import XCTest

final class ExampleToolTests: XCTestCase {
    static let exampleDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/embed")

    /// The tool built next to this test bundle.
    static var binary: URL {
        var dir = Bundle(for: ExampleToolTests.self).bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("embed-rules")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("embed-rules")
    }

    private func run(_ arguments: [String], in directory: URL) throws -> (out: String, err: String, status: Int32) {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = arguments
        p.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self), p.terminationStatus)
    }

    func testChecksTheExampleOrders() throws {
        let dir = Self.exampleDirectory
        let expected = try String(contentsOf: dir.appendingPathComponent("expected.txt"), encoding: .utf8)
        let r = try run(["orders.rules", "orders.csv"], in: dir)
        XCTAssertEqual(r.err, "")
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.out, expected)
    }

    func testRunawayAndUnsafeRulesAreStopped() throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("embed-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Self.exampleDirectory.appendingPathComponent("orders.csv"), to: dir.appendingPathComponent("orders.csv"))
        try "def check(order):\n    while True:\n        pass\n".write(to: dir.appendingPathComponent("loop.rules"), atomically: true, encoding: .utf8)
        try "import os\ndef check(order):\n    os.remove('orders.csv')\n".write(to: dir.appendingPathComponent("rm.rules"), atomically: true, encoding: .utf8)

        let loop = try run(["loop.rules", "orders.csv"], in: dir)
        XCTAssertEqual(loop.status, 1)
        XCTAssertTrue(loop.err.hasPrefix("embed-rules: the rules ran out of their budget\nTraceback"), loop.err)
        XCTAssertTrue(loop.err.contains("StepBudgetExceeded"), loop.err)

        let rm = try run(["rm.rules", "orders.csv"], in: dir)
        XCTAssertEqual(rm.status, 1)
        XCTAssertTrue(rm.err.hasSuffix("PermissionError: os.remove() is not allowed: the host has not granted the 'files' capability\n"), rm.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("orders.csv").path))
    }
}
