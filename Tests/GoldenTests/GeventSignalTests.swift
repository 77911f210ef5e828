// Ctrl-C while the gevent hub waits in libuv: KeyboardInterrupt in the main greenlet.

import Foundation
import XCTest

final class GeventSignalTests: XCTestCase {
    /// Starts `baozi -c source`, waits for `ready` on its stdout, sends SIGINT, and returns
    /// everything it printed and its exit status.
    func interrupt(_ source: String, after ready: String) throws -> (out: String, err: String, status: Int32) {
        let p = Process()
        p.executableURL = GoldenTests.binary
        p.arguments = ["-c", source]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        var seen = Data()
        let deadline = Date().addingTimeInterval(20)
        while !String(decoding: seen, as: UTF8.self).contains(ready) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty || Date() > deadline { break }
            seen.append(chunk)
        }
        kill(p.processIdentifier, SIGINT)
        let watchdog = DispatchWorkItem { p.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 20, execute: watchdog)
        seen.append(out.fileHandleForReading.readDataToEndOfFile())
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        watchdog.cancel()
        return (String(decoding: seen, as: UTF8.self), e, p.terminationStatus)
    }

    func testCtrlCWhileJoiningSleepersRaisesInMain() throws {
        let r = try interrupt("""
            import gevent, sys
            def w():
                gevent.sleep(100)
            gs = [gevent.spawn(w) for i in range(3)]
            gevent.spawn(lambda: (print("ready"), sys.stdout.flush()))
            try:
                gevent.joinall(gs)
            except KeyboardInterrupt:
                print("main got KeyboardInterrupt")
            """, after: "ready")
        XCTAssertEqual(r.out, "ready\nmain got KeyboardInterrupt\n", r.err)
        XCTAssertEqual(r.status, 0)
    }

    func testUncaughtCtrlCInAScriptEndsWithATraceback() throws {
        let r = try interrupt("import time, sys\nprint('ready'); sys.stdout.flush()\ntime.sleep(100)\n", after: "ready")
        XCTAssertTrue(r.err.hasSuffix("KeyboardInterrupt\n"), r.err)
        XCTAssertEqual(r.status, 130)
    }
}
