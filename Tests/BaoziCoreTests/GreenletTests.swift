// Greenlet properties that python3 cannot be the oracle for: switches refused where a frame
// cannot be suspended, isolation between interpreters, and switching at any depth.

import XCTest
@testable import BaoziCore

final class GreenletTests: XCTestCase {
    private func run(_ source: String) -> (RunOutcome, CapturingHost) {
        let host = CapturingHost()
        let interp = Interpreter(host: host)
        let outcome = interp.runMain(source: source, filename: "<test>")
        return (outcome, host)
    }

    func testSwitchFromInsideANativeCallbackIsAGreenletError() {
        let (outcome, host) = run("""
            from greenlet import greenlet, getcurrent, error
            main = getcurrent()
            class Key:
                def __hash__(self):
                    main.switch(1)
                    return 1
            g = greenlet(lambda: {Key(): 1 for _ in [0]})
            try:
                g.switch()
            except error as e:
                print("error:", e)
            print(g.dead)
            print(greenlet(lambda: sorted([3, 1, 2])).switch())
            """)
        XCTAssertEqual(outcome, .finished, host.errors)
        XCTAssertTrue(host.output.hasPrefix("error: cannot switch greenlets from here: script code called by a builtin"), host.output)
        XCTAssertTrue(host.output.hasSuffix("True\n[1, 2, 3]\n"), host.output)
    }

    func testHostCallbackCannotSwitchButTheScriptGoesOn() throws {
        let host = CapturingHost()
        let interp = Interpreter(host: host)
        try interp.execute("""
            from greenlet import greenlet, getcurrent
            other = greenlet(lambda: print("never"))
            def callback():
                return other.switch()
            """)
        XCTAssertThrowsError(try interp.call(interp.globalValue("callback")!, [])) { error in
            guard let e = error as? PyError else { return XCTFail("not a PyError: \(error)") }
            XCTAssertTrue(interp.message(of: e).hasPrefix("greenlet.error: cannot switch greenlets from here"), interp.message(of: e))
        }
        try interp.execute("print(other.switch() is None, other.dead)")
        XCTAssertEqual(host.output, "never\nTrue True\n")
    }

    func testSwitchingToAGreenletOfAnotherInterpreterIsRefused() throws {
        let a = Interpreter(host: CapturingHost())
        let hostB = CapturingHost()
        let b = Interpreter(host: hostB)
        try a.execute("from greenlet import greenlet\ng = greenlet(lambda: 1)\n")
        b.mainNamespace.setString(b.intern("foreign"), a.globalValue("g")!)
        try b.execute("""
            from greenlet import error
            try:
                foreign.switch()
            except error as e:
                print(e)
            """)
        XCTAssertEqual(hostB.output, "cannot switch to a greenlet of a different interpreter\n")
    }

    func testSwitchAtDepthThousandAndDeeper() {
        let (outcome, host) = run("""
            import sys
            sys.setrecursionlimit(100000)
            from greenlet import greenlet, getcurrent
            main = getcurrent()
            def dive(n):
                if n == 0:
                    total = 0
                    while True:
                        total += main.switch(total)
                return dive(n - 1)
            gs = [greenlet(dive) for _ in range(3)]
            for g, depth in zip(gs, (1, 1000, 50000)):
                g.switch(depth)
            for i in range(100):
                for g in gs:
                    r = g.switch(i)
            print(r, [g.gr_frame.f_code.co_name for g in gs])
            """)
        XCTAssertEqual(outcome, .finished, host.errors)
        XCTAssertEqual(host.output, "4950 ['dive', 'dive', 'dive']\n")
    }

    func testGarbageAndLeftoverGreenletsRunTheirFinallyBlocks() {
        let (outcome, host) = run("""
            from greenlet import greenlet, getcurrent
            import gc
            main = getcurrent()
            class Node:
                pass
            def worker(name):
                n = Node()
                n.me = getcurrent()          # a cycle through the greenlet's own frame
                try:
                    main.switch()
                finally:
                    print("finally", name)
            g = greenlet(worker)
            g.switch("cycle")
            del g
            gc.collect()
            print("collected")
            keep = greenlet(worker)
            keep.switch("at exit")
            print("end")
            """)
        XCTAssertEqual(outcome, .finished, host.errors)
        XCTAssertEqual(host.output, "finally cycle\ncollected\nend\nfinally at exit\n")
    }

    func testManySuspendedGreenletsAreCollected() {
        let (outcome, host) = run("""
            from greenlet import greenlet, getcurrent
            import gc
            main = getcurrent()
            def park(i):
                data = [i] * 100
                main.switch()
            for i in range(20000):
                greenlet(park).switch(i)
            gc.collect()
            print("ok")
            """)
        XCTAssertEqual(outcome, .finished, host.errors)
        XCTAssertEqual(host.output, "ok\n")
    }
}
