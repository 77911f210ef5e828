// Green threads driven by the host, and host functions that suspend the calling greenlet.

import BaoziCore
import XCTest

final class GreenletHostTests: XCTestCase {
    func testSpawnAndRunTheHub() throws {
        let c = Captured()
        try c.vm.run(source: """
            import gevent
            def worker(name, n):
                for i in range(n):
                    print(name, i)
                    gevent.sleep(0)
                return name * 2
            """)
        let worker = try XCTUnwrap(c.vm.global("worker"))
        let a = try c.vm.spawn(worker, ["a", 2])
        let b = try c.vm.spawn(worker, ["b", 2])
        try c.vm.runHub()
        XCTAssertEqual(c.printed, "a 0\nb 0\na 1\nb 1\n")
        XCTAssertEqual(try a.attribute("value").asString, "aa")
        XCTAssertEqual(try b.attribute("dead").asBool, true)
    }

    func testRunTheHubOneIterationAtATime() throws {
        let c = Captured()
        try c.vm.run(source: """
            import gevent
            def ticker():
                for i in range(3):
                    print('tick', i)
                    gevent.sleep(0)
            """)
        try c.vm.spawn(XCTUnwrap(c.vm.global("ticker")))
        try c.vm.runHubOnce()
        XCTAssertEqual(c.printed, "tick 0\n")
        try c.vm.runHubOnce()
        XCTAssertEqual(c.printed, "tick 0\ntick 1\n")
        try c.vm.runHub()
        XCTAssertEqual(c.printed, "tick 0\ntick 1\ntick 2\n")
    }

    /// A host function suspends the greenlet calling it; the host resumes it later, once with a
    /// value and once with an exception, while other greenlets keep running.
    func testHostFunctionSuspendsAGreenletAndResumesIt() throws {
        let c = Captured()
        var pending: [(String, Suspension)] = []
        try c.vm.defineSuspending("fetch", parameters: ["url"]) { args, suspension in
            pending.append((try args.string("url"), suspension))
        }
        try c.vm.run(source: """
            import gevent
            def client(url):
                try:
                    print('got', fetch(url))
                except KeyError as e:
                    print('failed', url, e)
            def bystander():
                for i in range(2):
                    print('bystander', i)
                    gevent.sleep(0)
            """)
        let client = try XCTUnwrap(c.vm.global("client"))
        try c.vm.spawn(client, ["/a"])
        try c.vm.spawn(client, ["/b"])
        try c.vm.spawn(XCTUnwrap(c.vm.global("bystander")))
        try c.vm.runHub()
        // Both clients wait on the host; the bystander ran to its end meanwhile.
        XCTAssertEqual(pending.map { $0.0 }, ["/a", "/b"])
        XCTAssertEqual(c.vm.pendingSuspensionCount, 2)
        XCTAssertEqual(c.printed, "bystander 0\nbystander 1\n")

        try pending[1].1.resume(throwing: ScriptError("KeyError", "gone"))
        try pending[0].1.resume(returning: ["status": 200])
        XCTAssertThrowsError(try pending[0].1.resume(returning: 1))
        XCTAssertEqual(c.vm.pendingSuspensionCount, 0)
        try c.vm.runHub()
        XCTAssertEqual(c.printed, "bystander 0\nbystander 1\nfailed /b 'gone'\ngot {'status': 200}\n")
    }

    /// A suspension resumed right away (the host had the answer) works the same way.
    func testSuspensionResumedImmediately() throws {
        let c = Captured()
        try c.vm.defineSuspending("answer") { _, suspension in try suspension.resume(returning: 42) }
        try c.vm.run(source: "import gevent\ng = gevent.spawn(answer)\nprint(g.get())\n")
        XCTAssertEqual(c.printed, "42\n")
    }

    /// A green thread that fails is reported as gevent reports it, without the wall clock.
    func testFailingGreenletIsReportedWithoutTheClock() throws {
        let c = Captured()
        try c.vm.run(source: "def bad():\n    raise ValueError('no')\n")
        let g = try c.vm.spawn(XCTUnwrap(c.vm.global("bad")))
        try c.vm.runHub()
        XCTAssertTrue(c.printedErrors.contains("ValueError: no\n(time not granted) <Greenlet"), c.printedErrors)
        XCTAssertTrue(c.printedErrors.hasSuffix("failed with ValueError\n\n"), c.printedErrors)
        XCTAssertEqual(try g.attribute("exception").description, "no")
    }

    /// Suspending the main greenlet with nothing else to run is gevent's LoopExit, not a hang;
    /// the suspension can still be resumed and the interpreter goes on.
    func testSuspendingTheMainGreenletIsLoopExit() throws {
        let c = Captured()
        var kept: [Suspension] = []
        try c.vm.defineSuspending("wait_for_host") { _, suspension in kept.append(suspension) }
        XCTAssertThrowsError(try c.vm.run(source: "wait_for_host()\n")) { error in
            XCTAssertEqual((error as? ScriptError)?.typeName, "gevent.exceptions.LoopExit")
            XCTAssertTrue((error as? ScriptError)?.message.hasPrefix("This operation would block forever") ?? false)
        }
        try kept.first?.resume(returning: 1)
        try c.vm.runHub()
        XCTAssertEqual(try c.vm.evaluate("6 * 7").asInt, 42)
    }

    func testHubCannotBeDrivenFromAHostFunction() throws {
        let c = Captured()
        c.vm.define("drive") { args in try args.interpreter.runHub(); return nil }
        XCTAssertThrowsError(try c.vm.run(source: "drive()\n")) { error in
            XCTAssertEqual((error as? ScriptError)?.summary, "RuntimeError: runHub() cannot be called while a script is running")
        }
    }
}
