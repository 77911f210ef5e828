// The tree evaluator: what the builder makes of a body (its resolved-tree listing), and that a
// call made from a tree frame can suspend (a greenlet switch inside a call the tree made).

import XCTest
@testable import BaoziCore

final class TreeTests: XCTestCase {
    private func interpreter(_ source: String) throws -> (Interpreter, CapturingHost) {
        let host = CapturingHost()
        let interp = Interpreter(host: host)
        try interp.execute(source, filename: "<test>")
        return (interp, host)
    }

    private func code(_ interp: Interpreter, _ name: String) throws -> CodeObj {
        let fn = try XCTUnwrap(interp.global(name)?.value.object(as: FunctionObj.self))
        return fn.code
    }

    func testListingShowsResolvedNamesAndDirectSubtrees() throws {
        let (interp, _) = try interpreter("""
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)
        """)
        XCTAssertEqual(try code(interp, "fib").treeListing(), """
        block
          if
            compare <  [direct]
              local n (slot 0)
              constant 2
            block
              return
                local n (slot 0)
          return
            binary +
              call
                global fib
                binary -  [direct]
                  local n (slot 0)
                  constant 1
              call
                global fib
                binary -  [direct]
                  local n (slot 0)
                  constant 2

        """)
    }

    /// A frame holds its locals, the work pointer, the most values and the most work items
    /// the body needs at once: a suspended generator or greenlet level keeps exactly that.
    func testFramesAreSizedToTheirTree() throws {
        let (interp, _) = try interpreter("""
        def ticker(i):
            n = yield i
            yield n

        def level(n, tag):
            if n == 1:
                return tag
            return level(n - 1, tag) + 1

        def guarded(x):
            try:
                pass
            finally:
                pass
        """)
        // 2 locals | wp | 1 value | block, store, yield
        XCTAssertEqual(try code(interp, "ticker").stackSize, 1 + 1 + 3)
        // 2 locals | wp | [callee, n - 1, tag] | return, binary, call, `n - 1` calling __sub__
        XCTAssertEqual(try code(interp, "level").stackSize, 1 + 3 + 4)
        // An exception entering the finally block holds the try's item and the block's.
        XCTAssertEqual(try code(interp, "guarded").stackSize, 1 + 3 + 2)
    }

    func testLoopsAttributesAndMethodCalls() throws {
        let (interp, _) = try interpreter("""
        def f(xs, p):
            total = 0
            for x in xs:
                if x is None:
                    continue
                total += x * p.scale
                p.items.append(x)
            while total > 100:
                total //= 2
            return total
        """)
        XCTAssertEqual(try code(interp, "f").treeListing(), """
        block
          store total (slot 2)
            constant 0
          for x (slot 3)
            local xs (slot 0)
            block
              if
                is
                  local x (slot 3)
                  constant None
                block
                  continue
              += total (slot 2)
                binary *  [direct]
                  local x (slot 3)
                  attribute .scale  [direct]
                    local p (slot 1)
              expr
                call method .append
                  attribute .items  [direct]
                    local p (slot 1)
                  local x (slot 3)
          while
            compare >  [direct]
              local total (slot 2)
              constant 100
            block
              //= total (slot 2)
                constant 2
          return
            local total (slot 2)

        """)
    }

    /// Every kind of body gets a tree: closures, comprehensions, generators, module code.
    func testEveryBodyHasATree() throws {
        let (interp, _) = try interpreter("""
        def closure():
            x = 1
            def inner():
                return x
            return inner
        def comprehension():
            return [x for x in range(3)]
        def gen():
            yield 1
        def plain():
            return 3
        """)
        for name in ["closure", "comprehension", "gen", "plain"] {
            XCTAssertNotNil(try code(interp, name).treeListing(), name)
        }
    }

    /// Generator bodies: `yield` (bare, as a statement, as a value) and `yield from`.
    func testGeneratorListing() throws {
        let (interp, _) = try interpreter("""
        def gen(xs):
            total = yield
            for x in xs:
                total += yield x
            r = yield from xs
            return r
        """)
        XCTAssertEqual(try code(interp, "gen").treeListing(), """
        block
          store total (slot 1)
            yield
              constant None
          for x (slot 2)
            local xs (slot 0)
            block
              += total (slot 1)
                yield
                  local x (slot 2)
          store r (slot 3)
            yield from
              iter
                local xs (slot 0)
          return
            local r (slot 3)

        """)
    }

    /// A generator expression's body: the comprehension loop over the iterator `.0` (taken as it
    /// is), nested loops and conditions, and a yield of the element.
    func testGeneratorExpressionListing() throws {
        let (interp, _) = try interpreter("""
        pairs = [(1, 2), (0, 3)]
        g = (a * b for a, b in pairs if a for c in "xy" if c != "y")
        print(list(g))
        g = (a for a in pairs)
        """)
        let gen = try XCTUnwrap(interp.global("g")?.value.object(as: GeneratorObj.self))
        XCTAssertEqual(gen.code.treeListing(), """
        block
          for a (slot 1) over the iterator
            local .0 (slot 0)
            expr
              yield
                local a (slot 1)

        """)
    }

    /// Generators on the tree suspend and resume: for loops, send(), a `yield from` chain, a
    /// generator expression, and a greenlet switch from inside a generator.
    func testGeneratorsRunOnTheTree() throws {
        let (interp, host) = try interpreter("""
        from greenlet import greenlet, getcurrent
        def count(n):
            i = 0
            while i < n:
                got = yield i
                if got is not None:
                    i += got
                i += 1
            return "end"
        def chain():
            r = yield from count(3)
            yield r
        def switching():
            yield getcurrent().parent.switch("away")
        print(list(chain()), sum(x * x for x in range(4)))
        c = count(10)
        print(next(c), c.send(4), c.send(3))
        g = greenlet(lambda: list(switching()))
        print(g.switch(), g.switch("back"))
        """)
        for name in ["count", "chain", "switching"] {
            XCTAssertNotNil(try code(interp, name).treeListing(), name)
        }
        XCTAssertEqual(host.output, "[0, 1, 2, 'end'] 14\n0 5 9\naway ['back']\n")
    }

    /// Frames of the tree evaluator keep their continuation: a greenlet switch from a function a
    /// tree frame called, 500 levels deep, and back, resumes every level.
    func testGreenletSwitchFromDeepTreeFrames() throws {
        let (interp, host) = try interpreter("""
        from greenlet import greenlet, getcurrent
        main = getcurrent()
        def down(n):
            if n == 0:
                return main.switch('deep') + 1
            return down(n - 1) + 1
        g = greenlet(down)
        print(g.switch(500))
        print(g.switch(5))
        """)
        XCTAssertNotNil(try code(interp, "down").treeListing())
        XCTAssertEqual(host.output, "deep\n506\n")
    }

    /// Errors raised in a tree frame point at the node that failed.
    func testTracebackPointsAtTheFailingNode() throws {
        let host = CapturingHost()
        let interp = Interpreter(host: host)
        let outcome = interp.runMain(source: """
        def f(a, b):
            x = a + 1
            return x / b
        f(1, 0)
        """, filename: "<test>")
        XCTAssertNotEqual(outcome, .finished)
        XCTAssertTrue(host.errors.contains("File \"<test>\", line 3, in f"), host.errors)
        XCTAssertTrue(host.errors.hasSuffix("ZeroDivisionError: division by zero\n"), host.errors)
    }

    /// The host's step budget stops runaway code in tree frames: a loop, and recursion that
    /// never loops (calls count as steps).
    func testStepBudgetStopsTreeFrames() throws {
        var options = InterpreterOptions()
        options.budgets = Budgets(steps: 20_000)
        let vm = Interpreter(options)
        try vm.run(source: """
        def spin():
            while True:
                pass
        def calls(n):
            if n == 0:
                return 0
            return calls(n - 1) + calls(n - 1)
        """)
        XCTAssertNotNil(try code(vm, "spin").treeListing())
        for source in ["spin()", "calls(40)"] {
            XCTAssertThrowsError(try vm.run(source: source)) { error in
                XCTAssertEqual((error as? ScriptError)?.budget, .steps, source)
            }
        }
        try vm.run(source: "x = calls(3)")
        XCTAssertEqual(try vm.global("x")?.asInt, 0)
    }

    /// A nested code object of `outer` by name (comprehensions, lambdas, nested defs).
    private func nested(_ outer: CodeObj, _ name: String) throws -> CodeObj {
        try XCTUnwrap(outer.constants.lazy.compactMap { $0.asObject as? CodeObj }.first { $0.name == name })
    }

    /// Cells and free variables, a decorated nested def with defaults and its closure, and the
    /// call site of a comprehension.
    func testClosuresNestedDefsAndComprehensionCalls() throws {
        let (interp, host) = try interpreter("""
        def outer(xs, deco):
            total = 0
            @deco
            def add(x, k=1):
                nonlocal total
                total += x * k
            for x in xs:
                add(x)
            return [total + x for x in xs]
        print(outer([1, 2], lambda f: f))
        """)
        let outer = try code(interp, "outer")
        XCTAssertEqual(outer.treeListing(), """
        block
          store cell total (slot 2)
            constant 0
          store add (slot 3)
            decorated
              local deco (slot 1)
              function outer.<locals>.add
                tuple
                  constant 1
                tuple
                  closure cell total (slot 2)
          for x (slot 4)
            local xs (slot 0)
            block
              expr
                call
                  local add (slot 3)
                  local x (slot 4)
          return
            call
              function outer.<locals>.<listcomp>
                tuple
                  closure cell total (slot 2)
              iter
                local xs (slot 0)

        """)
        XCTAssertEqual(try nested(outer, "add").treeListing(), """
        block
          += cell total (slot 2)
            binary *  [direct]
              local x (slot 0)
              local k (slot 1)

        """)
        XCTAssertEqual(try nested(outer, "<listcomp>").treeListing(), """
        block
          return
            list comprehension
              for x (slot 1) over the iterator
                local .0 (slot 0)
                add to slot 4
                  binary +  [direct]
                    cell total (slot 2)
                    local x (slot 1)

        """)
        XCTAssertEqual(host.output, "[4, 5]\n")
    }

    /// Calls and displays with `*` and `**` items, and a class statement in a function.
    func testStarredCallsDisplaysAndNestedClasses() throws {
        let (interp, host) = try interpreter("""
        def f(args, kw):
            class C(*args, **kw):
                pass
            return print(*args, [*args, 0], {**kw}, sep="|", **kw)
        f((), {})
        """)
        XCTAssertEqual(try code(interp, "f").treeListing(), """
        block
          store C (slot 2)
            class 'C'
              function f.<locals>.C
              tuple with starred items
                starred
                  local args (slot 0)
              dict with ** items
                double-starred
                  local kw (slot 1)
          return
            call with collections
              global print
              tuple with starred items
                starred
                  local args (slot 0)
                list with starred items
                  starred
                    local args (slot 0)
                  constant 0
                dict with ** items
                  double-starred
                    local kw (slot 1)
              keywords
                constant 'sep'
                constant '|'
                double-starred
                  local kw (slot 1)

        """)
        XCTAssertEqual(host.output, "[0]|{}\n")
    }

    /// Module code and class bodies: names go through the namespace (`global` ones stay
    /// globals), imports store what they import, a simple annotation goes to `__annotations__`,
    /// `except ... as e` forgets a namespace name in a `finally`; a class body starts with its
    /// prologue and reads its enclosing function's variables namespace first; eval's code returns its expression and a REPL entry shows its value.
    func testNamespaceBodies() throws {
        let interp = Interpreter(host: CapturingHost())
        let module = try interp.compileSource("""
        import os.path as p
        from math import floor, pi as PI
        total: int = 0
        for i in range(3):
            total += i
        try:
            del p, PI
        except NameError as e:
            pass
        """, filename: "<test>")
        XCTAssertEqual(module.treeListing(), """
        block
          set up __annotations__
          block
            assign
              import attribute path
                import os.path
              to name p
            from-import floor, pi
              import math
              to name floor
              to name PI
            block
              store name total
                constant 0
              store item
                name int
                name __annotations__
                constant 'total'
            for
              call
                name range
                constant 3
              to name i
              block
                += name total
                  name i
            try
              block
                block
                  del name p
                  del name PI
              except
                name NameError
                to name e
                block
                  try
                    block
                    block
                      store name e
                        constant None
                      del name e

        """)
        let withClass = try interp.compileSource("""
        def f():
            x = 1
            class C:
                "Doc."
                size: int = x
            return C
        """, filename: "<test>")
        let f = try XCTUnwrap(withClass.constants.compactMap { $0.asObject as? CodeObj }.first)
        let body = try XCTUnwrap(f.constants.compactMap { $0.asObject as? CodeObj }.first { $0.name == "C" })
        XCTAssertEqual(body.treeListing(), """
        block
          store name __module__
            name __name__
          store name __qualname__
            constant 'f.<locals>.C'
          store name __doc__
            constant 'Doc.'
          set up __annotations__
          block
            block
              store name size
                class deref x (slot 0)
              store item
                name int
                name __annotations__
                constant 'size'

        """)
        XCTAssertEqual(try interp.compileSource("x + 1", filename: "<test>", mode: .eval).treeListing(), """
        block
          return
            binary +  [direct]
              name x
              constant 1

        """)
        XCTAssertEqual(try interp.compileSource("x + 1", filename: "<test>", mode: .singleInteractive).treeListing(), """
        block
          block
            expr
              call
                name __baozi_displayhook__
                binary +  [direct]
                  name x
                  constant 1

        """)
    }
}
