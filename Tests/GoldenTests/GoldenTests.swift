// Runs every golden script under cases/ with the built `baozi` binary and compares stdout,
// stderr (tracebacks with their caret lines) and the exit status with what python3 gave.
//
// Scripts listed in pending.txt are known not to pass yet: they are run too, and the test
// fails if one of them starts passing, so the list always says exactly what is missing.

import Foundation
import XCTest

final class GoldenTests: XCTestCase {
    struct Outcome {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static var repository: URL { root.deletingLastPathComponent().deletingLastPathComponent() }

    /// The `baozi` binary built next to this test bundle.
    static var binary: URL {
        // The bundle is (or sits in) the build products directory, depending on the platform.
        var dir = Bundle(for: GoldenTests.self).bundleURL
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("baozi")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("baozi")
    }

    /// Every test script: `.py` files not named `mod_*` (those are helper modules).
    static func scripts(under dir: URL) -> [URL] {
        let fm = FileManager.default
        guard let e = fm.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        return e.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "py" && !$0.lastPathComponent.hasPrefix("mod_") }
            .sorted { $0.path < $1.path }
    }

    /// Seconds a script may run (generous: CI runs debug builds on two shared cores).
    static let timeout: Double = 120

    static func run(_ script: URL) -> Outcome {
        let p = Process()
        // Through a shell that caps memory, so a runaway script cannot exhaust the machine.
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", "ulimit -v 8000000; exec \"$0\" \"$1\"", binary.path, script.lastPathComponent]
        p.currentDirectoryURL = script.deletingLastPathComponent()
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch { return Outcome(stdout: "", stderr: "cannot run baozi: \(error)", status: -1) }
        // A script that runs away is stopped: it fails instead of hanging the suite.
        let watchdog = DispatchWorkItem { if p.isRunning { p.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        // Read both pipes concurrently so a full pipe cannot block the child.
        let errData = ThreadResult(Data())
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.value = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Outcome(stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData.value, as: UTF8.self),
                       status: p.terminationStatus)
    }

    static func expected(_ script: URL) -> Outcome {
        let base = script.deletingPathExtension()
        func read(_ ext: String) -> String? { try? String(contentsOf: base.appendingPathExtension(ext), encoding: .utf8) }
        return Outcome(stdout: read("out") ?? "", stderr: read("err") ?? "",
                       status: Int32((read("exit") ?? "0").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0)
    }

    /// gevent scripts print addresses and times (`<Greenlet at 0x...>`, "2026-01-01T00:00:00Z
    /// ... failed with") and tracebacks through gevent's own frames, which CPython shows as
    /// compiled-module lines (`File "src/gevent/greenlet.py", line 912, in gevent._gevent_...`)
    /// and Baozi as `File "<frozen gevent.greenlet>", ...`. For scripts under a `gevent` folder
    /// those are masked on both sides; everything else is compared exactly.
    static func normalized(_ o: Outcome, for script: URL) -> Outcome {
        guard script.pathComponents.contains("gevent") else { return o }
        func mask(_ text: String) -> String {
            var lines: [String] = []
            var inGeventFrame = false
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("  File \"src/gevent/") || line.hasPrefix("  File \"<frozen gevent") { continue }
                // gevent's pure-Python frames (CPython shows `File ".../site-packages/gevent/
                // hub.py", line 166, in sleep` and its source and caret lines).
                if line.hasPrefix("  File \""), line.contains("/site-packages/gevent/") { inGeventFrame = true; continue }
                if inGeventFrame, line.hasPrefix("    ") { continue }
                inGeventFrame = false
                var l = String(line)
                l = l.replacingOccurrences(of: "0x[0-9a-f]+", with: "0x?", options: .regularExpression)
                l = l.replacingOccurrences(of: "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", with: "<time>", options: .regularExpression)
                lines.append(l)
            }
            return lines.joined(separator: "\n")
        }
        return Outcome(stdout: mask(o.stdout), stderr: mask(o.stderr), status: o.status)
    }

    /// A readable description of the differences, or nil when the outcome matches.
    static func difference(_ got: Outcome, _ want: Outcome) -> String? {
        var report = ""
        if got.stdout != want.stdout { report += "stdout differs:\n" + lineDiff(want.stdout, got.stdout) }
        if got.stderr != want.stderr { report += "stderr differs:\n" + lineDiff(want.stderr, got.stderr) }
        if got.status != want.status { report += "exit status: expected \(want.status), got \(got.status)\n" }
        return report.isEmpty ? nil : report
    }

    /// Expected/actual lines around the first difference.
    static func lineDiff(_ want: String, _ got: String) -> String {
        let a = want.split(separator: "\n", omittingEmptySubsequences: false)
        let b = got.split(separator: "\n", omittingEmptySubsequences: false)
        var i = 0
        while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
        var out = "  first difference at line \(i + 1)\n"
        for j in max(0, i - 2)..<min(max(a.count, b.count), i + 6) {
            let x = j < a.count ? String(a[j]) : "<none>"
            let y = j < b.count ? String(b[j]) : "<none>"
            out += (x == y ? "    " : "  - ") + x + "\n"
            if x != y { out += "  + " + y + "\n" }
        }
        return out
    }

    static var pending: Set<String> {
        let text = (try? String(contentsOf: root.appendingPathComponent("pending.txt"), encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    func runAll(in dir: URL, relativeTo base: URL, pending: Set<String>) {
        let scripts = Self.scripts(under: dir)
        XCTAssertFalse(scripts.isEmpty, "no golden scripts under \(dir.path)")
        var results = [String?](repeating: nil, count: scripts.count)
        var passed = [Bool](repeating: false, count: scripts.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: scripts.count) { i in
            let diff = Self.difference(Self.normalized(Self.run(scripts[i]), for: scripts[i]),
                                       Self.normalized(Self.expected(scripts[i]), for: scripts[i]))
            lock.lock()
            results[i] = diff
            passed[i] = diff == nil
            lock.unlock()
        }
        var failures = 0, stillPending = 0
        for (i, script) in scripts.enumerated() {
            let name = String(script.path.dropFirst(base.path.count + 1))
            if pending.contains(name) {
                if passed[i] {
                    XCTFail("\(name) passes now: remove it from Tests/GoldenTests/pending.txt")
                } else {
                    stillPending += 1
                }
                continue
            }
            if let diff = results[i] {
                failures += 1
                XCTFail("\(name):\n\(diff)")
            }
        }
        print("golden: \(scripts.count - failures - stillPending) passed, \(failures) failed, \(stillPending) pending (\(dir.lastPathComponent))")
    }

    func testGoldenScripts() {
        let cases = Self.root.appendingPathComponent("cases")
        runAll(in: cases, relativeTo: cases, pending: Self.pending)
    }

    func testExamples() {
        let examples = Self.repository.appendingPathComponent("examples")
        runAll(in: examples, relativeTo: Self.repository, pending: Self.pending)
    }
}

/// A value written by another thread and read after it is joined (the join orders the accesses).
private final class ThreadResult<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}
