// Generator finalization: what the golden tests cannot show because CPython's output holds an
// address, and the finalizer queue seen from Swift.

import XCTest
@testable import BaoziCore

final class GeneratorTests: XCTestCase {
    private func run(_ source: String) -> (outcome: RunOutcome, out: String, err: String) {
        let host = CapturingHost()
        let interp = Interpreter(host: host)
        let outcome = interp.runMain(source: source, filename: "<test>")
        return (outcome, host.output, host.errors)
    }

    /// An exception raised while a garbage generator is closed is printed, never propagated.
    func testFinalizerErrorIsPrintedAsIgnored() {
        let r = run("""
        import gc
        def stubborn():
            try:
                yield 1
            finally:
                raise KeyError('x' + 'y')
        s = stubborn()
        next(s)
        del s
        gc.collect()
        print("after collect")
        """)
        XCTAssertEqual(r.outcome, .finished)
        XCTAssertEqual(r.out, "after collect\n")
        let lines = r.err.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("Exception ignored in: <generator object stubborn at 0x"), r.err)
        XCTAssertEqual(Array(lines.dropFirst()), [
            "Traceback (most recent call last):",
            "  File \"<test>\", line 6, in stubborn",
            "KeyError: 'xy'",
            "",
        ], r.err)
    }

    /// A generator that yields on GeneratorExit when collected: CPython's message, no traceback.
    func testIgnoredGeneratorExitAtShutdown() {
        let r = run("""
        def stubborn():
            while True:
                try:
                    yield 'x'
                except GeneratorExit:
                    print("ignoring")
        s = stubborn()
        next(s)
        print("end")
        """)
        XCTAssertEqual(r.outcome, .finished)
        XCTAssertEqual(r.out, "end\nignoring\n")
        XCTAssertTrue(r.err.hasPrefix("Exception ignored in: <generator object stubborn at 0x"), r.err)
        XCTAssertTrue(r.err.hasSuffix(">\nRuntimeError: generator ignored GeneratorExit\n"), r.err)
    }

    /// Automatic collections (not only gc.collect) finalize garbage generators, each once.
    func testAutomaticCollectionsFinalizeEachGeneratorOnce() {
        let r = run("""
        closed = [0]
        def g():
            try:
                yield 1
            finally:
                closed[0] += 1
        for i in range(300000):
            x = g()
            next(x)
        x = None
        print(closed[0] > 1000)
        """)
        XCTAssertEqual(r.out, "True\n", r.err)
    }

    /// 10,000 nested `yield from` levels: resumed, thrown into and closed without host
    /// recursion.
    func testTenThousandLevelChain() {
        let r = run("""
        import sys
        sys.setrecursionlimit(20000)
        def chain(n):
            if n == 0:
                try:
                    x = yield 'bottom'
                    yield x
                finally:
                    print('bottom closed')
            else:
                yield from chain(n - 1)
        g = chain(10000)
        print(next(g), g.send('sent'))
        g.close()
        g = chain(10000)
        next(g)
        try:
            g.throw(ValueError('deep'))
        except ValueError as e:
            print('ValueError', e)
        """)
        XCTAssertEqual(r.out, "bottom sent\nbottom closed\nbottom closed\nValueError deep\n", r.err)
    }
}
