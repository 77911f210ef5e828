// requestInterrupt(): another thread (or a signal handler) stops running code with
// KeyboardInterrupt, which the code can catch.

import BaoziCore
import Foundation
import XCTest

final class InterruptTests: XCTestCase {
    /// Requests an interrupt from another thread after a short delay.
    private func interruptSoon(_ interp: Interpreter) {
        let box = UnsafeSendable(interp)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { box.value.requestInterrupt() }
    }

    func testBusyLoopRaisesKeyboardInterrupt() throws {
        let interp = Interpreter(host: StandardHost())
        interruptSoon(interp)
        XCTAssertThrowsError(try interp.run(source: "while True:\n    pass\n")) { error in
            XCTAssertEqual((error as? ScriptError)?.summary, "KeyboardInterrupt")
        }
        // The request is consumed: the next run is not interrupted.
        try interp.run(source: "x = sum(range(10))\n")
        XCTAssertEqual(interp.global("x")?.asInt, 45)
    }

    func testSleepIsInterruptibleAndCatchable() throws {
        let interp = Interpreter(host: StandardHost())
        interruptSoon(interp)
        let start = Date()
        try interp.run(source: """
            import time
            try:
                time.sleep(30)
                caught = False
            except KeyboardInterrupt:
                caught = True
            """)
        XCTAssertEqual(interp.global("caught")?.asBool, true)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testTakeInterruptReportsAndClears() {
        let interp = Interpreter(host: StandardHost())
        XCTAssertFalse(interp.takeInterrupt())
        interp.requestInterrupt()
        XCTAssertTrue(interp.takeInterrupt())
        XCTAssertFalse(interp.takeInterrupt())
    }
}

/// Hands a non-Sendable reference to another thread; the test knows the only use there is
/// the thread-safe requestInterrupt().
private struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
