// Compile-only tests: scope analysis, the resolved trees built for a few constructs, and the
// errors found while building them. (Running code is covered by the golden tests.)

import Foundation
import XCTest
@testable import BaoziCore

final class CompilerTests: XCTestCase {
    let interp = Interpreter()

    // MARK: - Helpers

    func compile(_ source: String, mode: ParseMode = .file) throws -> CodeObj {
        let module = try parse(source, filename: "<test>", mode: mode)
        return try compileModule(module, filename: "<test>", interp: interp, mode: mode)
    }

    func symbols(_ source: String) throws -> SymbolScope {
        try SymbolTableBuilder(filename: "<test>").build(module: try parse(source, filename: "<test>"))
    }

    /// The nested code object with this qualname.
    func code(_ top: CodeObj, _ qualname: String) -> CodeObj? {
        if top.qualname == qualname { return top }
        for c in top.constants {
            if let nested = c.asObject as? CodeObj, let found = code(nested, qualname) { return found }
        }
        return nil
    }

    func syntaxError(_ source: String) -> SyntaxError? {
        do {
            _ = try compile(source)
            return nil
        } catch let e as SyntaxError {
            return e
        } catch {
            return nil
        }
    }

    func scope(_ root: SymbolScope, _ name: String) -> SymbolScope? {
        if root.name == name { return root }
        for c in root.children {
            if let s = scope(c, name) { return s }
        }
        return nil
    }

    // MARK: - Scope analysis

    func testLocalsCellsAndFreeVariables() throws {
        let top = try symbols("""
        def outer(a):
            x = 1
            y = 2
            def inner():
                return x + a
            return inner
        """)
        let outer = try XCTUnwrap(scope(top, "outer"))
        XCTAssertEqual(outer.scope(of: "a"), .cell)
        XCTAssertEqual(outer.scope(of: "x"), .cell)
        XCTAssertEqual(outer.scope(of: "y"), .local)
        XCTAssertEqual(outer.cellNames, ["a", "x"])
        let inner = try XCTUnwrap(scope(top, "inner"))
        XCTAssertEqual(inner.freeNames, ["a", "x"])
        XCTAssertEqual(top.scope(of: "outer"), .local)

        let c = try compile("""
        def outer(a):
            x = 1
            y = 2
            def inner():
                return x + a
            return inner
        """)
        let outerCode = try XCTUnwrap(code(c, "outer"))
        XCTAssertEqual(outerCode.varNames, ["a", "x", "y", "inner"])
        XCTAssertEqual(outerCode.cellSlots, [0, 1])
        XCTAssertEqual(outerCode.freeCount, 0)
        let innerCode = try XCTUnwrap(code(c, "outer.<locals>.inner"))
        XCTAssertEqual(innerCode.varNames, ["a", "x"])
        XCTAssertEqual(innerCode.freeCount, 2)
        XCTAssertEqual(innerCode.treeListing(), """
        block
          return
            binary +  [direct]
              cell x (slot 1)
              cell a (slot 0)

        """)
        // The closure is built from the cells in the inner code's free-variable order.
        XCTAssertEqual(outerCode.treeListing(), """
        block
          store cell x (slot 1)
            constant 1
          store y (slot 2)
            constant 2
          store inner (slot 3)
            function outer.<locals>.inner
              tuple
                closure cell a (slot 0)
                closure cell x (slot 1)
          return
            local inner (slot 3)

        """)
    }

    func testMethodsDoNotSeeClassScope() throws {
        let source = """
        def f():
            x = 1
            v = 3
            class C:
                x = 2
                def m(self):
                    return x
                y = x
                w = v
            return C
        """
        let top = try symbols(source)
        let c = try XCTUnwrap(scope(top, "C"))
        XCTAssertEqual(c.scope(of: "x"), .local)
        XCTAssertEqual(c.scope(of: "v"), .free)
        // x is passed through the class to the method.
        XCTAssertEqual(c.freeNames, ["v", "x"])
        XCTAssertEqual(try XCTUnwrap(scope(top, "m")).freeNames, ["x"])
        XCTAssertEqual(try XCTUnwrap(scope(top, "f")).cellNames, ["v", "x"])

        let body = try XCTUnwrap(code(try compile(source), "f.<locals>.C"))
        XCTAssertEqual(body.varNames, ["v", "x"])
        XCTAssertEqual(body.freeCount, 2)
        XCTAssertTrue(body.flags.contains(.isClassBody))
        XCTAssertTrue(body.flags.contains(.usesNamespace))
        // v is read from the namespace, then from the enclosing function's cell; x is
        // passed on to the method.
        XCTAssertEqual(body.treeListing(), """
        block
          store name __module__
            name __name__
          store name __qualname__
            constant 'f.<locals>.C'
          block
            store name x
              constant 2
            store name m
              function f.<locals>.C.m
                tuple
                  closure cell x (slot 1)
            store name y
              name x
            store name w
              class deref v (slot 0)

        """)
    }

    func testSuperGivesTheClassACell() throws {
        let c = try compile("""
        class A:
            def m(self):
                return super().m()
        """)
        let body = try XCTUnwrap(code(c, "A"))
        XCTAssertEqual(body.varNames, ["__class__"])
        XCTAssertEqual(body.cellSlots, [0])
        // The prologue (__module__, __qualname__), the body, then __classcell__.
        XCTAssertEqual(body.treeListing(), """
        block
          store name __module__
            name __name__
          store name __qualname__
            constant 'A'
          block
            store name m
              function A.m
                tuple
                  closure cell __class__ (slot 0)
          store name __classcell__
            local __class__ (slot 0)

        """)
        let method = try XCTUnwrap(code(c, "A.m"))
        XCTAssertEqual(method.varNames, ["self", "__class__"])
        XCTAssertEqual(method.freeCount, 1)
    }

    func testWalrusInComprehensionBindsInEnclosingFunction() throws {
        let top = try symbols("""
        def f(data):
            return [y for x in data if (y := x)], y
        [z := 1 for q in range(3)]
        """)
        XCTAssertEqual(try XCTUnwrap(scope(top, "f")).scope(of: "y"), .cell)
        let comps = top.children.flatMap { $0.children } + top.children
        let inF = try XCTUnwrap(comps.first { $0.kind == .comprehension && $0.freeNames == ["y"] })
        XCTAssertEqual(inF.scope(of: "y"), .free)
        XCTAssertEqual(inF.scope(of: "x"), .local)
        let atModule = try XCTUnwrap(top.children.first { $0.kind == .comprehension })
        XCTAssertEqual(atModule.scope(of: "z"), .globalExplicit)
        XCTAssertEqual(top.scope(of: "z"), .local)
    }

    func testGlobalAndNonlocalResolution() throws {
        let top = try symbols("""
        x = 0
        def f():
            global x
            x = 1
            def g():
                return x
        def h():
            n = 0
            def k():
                nonlocal n
                n += 1
        """)
        XCTAssertEqual(try XCTUnwrap(scope(top, "f")).scope(of: "x"), .globalExplicit)
        XCTAssertEqual(try XCTUnwrap(scope(top, "g")).scope(of: "x"), .globalImplicit)
        XCTAssertEqual(try XCTUnwrap(scope(top, "h")).scope(of: "n"), .cell)
        XCTAssertEqual(try XCTUnwrap(scope(top, "k")).scope(of: "n"), .free)
    }

    func testScopeErrors() {
        let cases: [(String, String, Int)] = [
            ("def f(x):\n    global x\n", "name 'x' is parameter and global", 2),
            ("def f():\n    print(y)\n    global y\n", "name 'y' is used prior to global declaration", 3),
            ("def f():\n    y = 1\n    global y\n", "name 'y' is assigned to before global declaration", 3),
            ("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2),
            ("x = 1\nnonlocal x\n", "nonlocal declaration not allowed at module level", 2),
            ("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "name 'x' is nonlocal and global", 4),
            ("def f():\n    from m import *\n", "import * only allowed at module level", 2),
            ("x = [i for i in y if (i := 1)]\n", "assignment expression cannot rebind comprehension iteration variable 'i'", 1),
            ("x = 1j\n", "complex numbers are not supported by Baozi", 1),
        ]
        for (source, message, line) in cases {
            let e = syntaxError(source)
            XCTAssertEqual(e?.message, message, source)
            XCTAssertEqual(e?.line, line, source)
        }
    }

    func testNameMangling() throws {
        let c = try compile("""
        class K:
            def m(self):
                self.__a = __b
                return self.__dunder__
        """)
        let m = try XCTUnwrap(code(c, "K.m"))
        XCTAssertEqual(m.names.map { $0.value }, ["_K__b", "_K__a", "__dunder__"])
    }

    // MARK: - Resolved trees

    /// The resolved-tree listing of the module code (or of the nested code `qualname`).
    func listing(_ source: String, _ qualname: String = "<module>") throws -> String {
        try XCTUnwrap(code(try compile(source), qualname)?.treeListing())
    }

    func testCallsWithKeywordsAndStarredArguments() throws {
        XCTAssertEqual(try listing("""
        f(1, k=2)
        o.m(1)
        f(*a, **k)
        f(x, *a, y, k=1, **m)
        """), """
        block
          block
            expr
              call
                name f
                constant 1
                constant 2
            expr
              call method .m
                name o
                constant 1
            expr
              call with collections
                name f
                name a
                keywords
                  double-starred
                    name k
            expr
              call with collections
                name f
                tuple with starred items
                  name x
                  starred
                    name a
                  name y
                keywords
                  constant 'k'
                  constant 1
                  double-starred
                    name m

        """)
    }

    func testForLoopWithBreakAndElse() throws {
        XCTAssertEqual(try listing("""
        for x in y:
            if x:
                break
        else:
            z = 1
        """), """
        block
          block
            for
              name y
              to name x
              block
                if
                  name x
                  block
                    break
              block
                store name z
                  constant 1

        """)
    }

    func testTryExceptElseFinally() throws {
        XCTAssertEqual(try listing("""
        def f():
            try:
                g()
            except E as e:
                h(e)
            except:
                pass
            else:
                i()
            finally:
                j()
        """, "f"), """
        block
          try
            block
              expr
                call
                  global g
            except as e (slot 0)
              global E
              to e (slot 0)
              block
                expr
                  call
                    global h
                    local e (slot 0)
            except
              block
            block
              expr
                call
                  global i
            block
              expr
                call
                  global j

        """)
    }

    func testWithStatement() throws {
        XCTAssertEqual(try listing("""
        def f():
            with a as b, c:
                return b
        """, "f"), """
        block
          with
            global a
            to b (slot 0)
            block
              with
                global c
                block
                  return
                    local b (slot 0)

        """)
    }

    func testChainedComparison() throws {
        XCTAssertEqual(try listing("""
        r = a < b <= c != d
        """), """
        block
          block
            store name r
              chain
                name a
                name b
                name c
                name d

        """)
    }

    func testComprehensionIsACallOfANestedFunction() throws {
        XCTAssertEqual(try listing("""
        def f(xs):
            return [x * 2 for x in xs if x]
        """, "f"), """
        block
          return
            call
              function f.<locals>.<listcomp>
              iter
                local xs (slot 0)

        """)
    }

    func testGenerators() throws {
        XCTAssertEqual(try listing("""
        def g(xs):
            y = yield 1
            yield from xs
            yield
        """, "g"), """
        block
          store y (slot 1)
            yield
              constant 1
          expr
            yield from
              iter
                local xs (slot 0)
          expr
            yield
              constant None

        """)
    }

    func testAugmentedAssignmentTargets() throws {
        XCTAssertEqual(try listing("""
        def f(a, o):
            a[0] += 1
            o.x -= 2
            g *= 3
            a += a
        """, "f"), """
        block
          += item
            local a (slot 0)
            constant 0
            constant 1
          -= .x
            local o (slot 1)
            constant 2
          *= g (slot 2)
            constant 3
          += a (slot 0)
            local a (slot 0)

        """)
    }

    func testUnpackingAndSlices() throws {
        XCTAssertEqual(try listing("""
        a, *b, c = x
        d = e[1:2]
        f = g = 1
        """), """
        block
          block
            assign
              name x
              unpack (starred 1)
                to name a
                to name b
                to name c
            store name d
              item
                name e
                slice
                  constant 1
                  constant 2
                  constant None
            assign
              constant 1
              to name f
              to name g

        """)
    }

    func testFunctionDefinition() throws {
        XCTAssertEqual(try listing("""
        @d1
        @d2
        def f(a, /, b=1, *args, c, e=2, **kw):
            "doc"
            return a
        """), """
        block
          block
            store name f
              decorated
                name d1
                name d2
                function f
                  tuple
                    constant 1
                  dict
                    constant 'e'
                    constant 2

        """)
    }

    func testClassStatement() throws {
        XCTAssertEqual(try listing("""
        class C(B, metaclass=M):
            "doc"
            x = 1
        """), """
        block
          block
            store name C
              class 'C'
                function C
                tuple
                  name B
                dict
                  constant 'metaclass'
                  name M

        """)
    }

    func testImports() throws {
        XCTAssertEqual(try listing("""
        import a.b.c
        import a.b as c
        from ..m import x as y, z
        from m import *
        """), """
        block
          block
            assign
              import a.b.c
              to name a
            assign
              import attribute b
                import a.b
              to name c
            from-import x, z
              import m (level 2)
              to name y
              to name z
            import *
              import m

        """)
    }

    func testFStrings() throws {
        XCTAssertEqual(try listing("""
        s = f'a{x!r:>{w}}b{y=}'
        """), """
        block
          block
            store name s
              f-string
                constant 'a'
                format
                  name x
                  f-string
                    constant '>'
                    format
                      name w
                constant 'b'
                constant 'y='
                format
                  name y

        """)
    }

    func testNegativeLiteralsAreConstants() throws {
        XCTAssertEqual(try listing("""
        x = -1
        y = -z
        w = -9223372036854775808
        """), """
        block
          block
            store name x
              constant -1
            store name y
              unary -  [direct]
                name z
            store name w
              constant -9223372036854775808

        """)
    }

    func testOperatorCodesDecodeFromTheirRawValues() throws {
        for op in BinaryOpcode.allCases { XCTAssertEqual(BinaryOpcode.decode(op.rawValue), op) }
        for op in CompareOpcode.allCases { XCTAssertEqual(CompareOpcode.decode(op.rawValue), op) }
    }

    func testKeywordNamesAreOneConstant() throws {
        let c = try compile("f(a=1, b=2)")
        let names = c.constants.compactMap { $0.asObject as? TupleObj }.first
        XCTAssertEqual(try XCTUnwrap(names).items.compactMap { ($0.asObject as? StrObj)?.value }, ["a", "b"])
    }

    func testFunctionSignatureAndDocstring() throws {
        let c = try compile("""
        @d1
        @d2
        def f(a, /, b=1, *args, c, e=2, **kw):
            "doc"
            return a
        """)
        let f = try XCTUnwrap(code(c, "f"))
        XCTAssertEqual(f.varNames, ["a", "b", "c", "e", "args", "kw"])
        XCTAssertEqual(f.argCount, 2)
        XCTAssertEqual(f.positionalOnlyCount, 1)
        XCTAssertEqual(f.kwOnlyCount, 2)
        XCTAssertTrue(f.flags.contains(.varargs))
        XCTAssertTrue(f.flags.contains(.varkeywords))
        XCTAssertEqual((f.doc.asObject as? StrObj)?.value, "doc")
        XCTAssertEqual(f.firstLine, 1)
    }

    func testQualnames() throws {
        let c = try compile("""
        def f():
            def g():
                class K:
                    def m(self):
                        return lambda: [x for x in ()]
        """)
        for q in ["f", "f.<locals>.g", "f.<locals>.g.<locals>.K", "f.<locals>.g.<locals>.K.m",
                  "f.<locals>.g.<locals>.K.m.<locals>.<lambda>", "f.<locals>.g.<locals>.K.m.<locals>.<lambda>.<locals>.<listcomp>"] {
            XCTAssertNotNil(code(c, q), q)
        }
    }

    func testInteractiveModeDisplaysExpressions() throws {
        let c = try compile("1 + 1\n", mode: .singleInteractive)
        XCTAssertTrue(c.names.contains { $0.value == "__baozi_displayhook__" })
        XCTAssertEqual(c.treeListing(), """
        block
          block
            expr
              call
                name __baozi_displayhook__
                binary +  [direct]
                  constant 1
                  constant 1

        """)
    }

    func testConstantsAreDistinctByType() throws {
        let c = try compile("x = (1, 1.0, True, 1, -0.0, 0.0, 'a', b'a', 'a')")
        let t = try XCTUnwrap(c.constants.compactMap { $0.asObject as? TupleObj }.first)
        XCTAssertEqual(t.items.count, 9)
        let d = try compile("x = 1\ny = 1.0\nz = True\nw = 1")
        XCTAssertEqual(d.constants.count, 3)
        // Canonically equivalent but different strings stay apart.
        let e = try compile("x = '\u{e9}'\ny = 'e\u{301}'")
        let strs = e.constants.compactMap { $0.asObject as? StrObj }
        XCTAssertEqual(strs.map { $0.value.unicodeScalars.count }, [1, 2])
    }

    /// Each node has its source range: the traceback line of a call is the call's.
    func testLocationsAndLines() throws {
        let c = try compile("x = 1\n\ny = f(\n  x)\n")
        let root = try XCTUnwrap(c.treeRoot)
        let call = root.kid(0).kid(1).kid(0)           // block > block > store y > call
        XCTAssertEqual(call.kind, .call)
        XCTAssertEqual(c.line(at: Int(call.loc)), 3)
        XCTAssertEqual(c.line(at: 0), 1)
    }

    func testCompileErrorsAreSyntaxErrorsAtTheirPlace() throws {
        let cases: [(String, String, Int)] = [
            ("x = 1\nbreak", "'break' outside loop", 2),
            ("while x:\n    def g():\n        continue", "'continue' not properly in loop", 3),
            ("class C:\n    return 1", "'return' outside function", 2),
            ("try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass", "default 'except:' must be last", 3),
            ("b = *a", "can't use starred expression here", 1),
            ("f(a=1, a=2)", "keyword argument repeated: a", 1),
            ("async def f(): pass", "async functions are not supported by Baozi", 1),
            ("*a = 1", "starred assignment target must be in a list or tuple", 1),
            ("a, *b, *c = 1", "multiple starred expressions in assignment", 1),
            ("f() += 1", "'function call' is an illegal expression for augmented assignment", 1),
            ("del f()", "cannot delete function call", 1),
            ("def f():\n    from os import *", "import * only allowed at module level", 2),
            ("x = 1j", "complex numbers are not supported by Baozi", 1),
            ("for __debug__ in x: pass", "cannot assign to __debug__", 1),
        ]
        for (source, message, line) in cases {
            let e = try XCTUnwrap(syntaxError(source), source)
            XCTAssertEqual(e.message, message, source)
            XCTAssertEqual(e.line, line, source)
        }
    }

    /// Chained comparisons of any length up to 16 operators run; longer ones are refused with
    /// a hint (the node packs each operator in 4 bits).
    func testLongComparisonChains() throws {
        let host = CapturingHost()
        let interp = Interpreter(host: host)
        let chain16 = (0...16).map(String.init).joined(separator: " < ")
        try interp.execute("print(\(chain16), 0 < 1 < 2 < 3 < 4 < 5 < 6 < 7 < 8 < 9 > 100)", filename: "<test>")
        XCTAssertEqual(host.output, "True False\n")
        let chain17 = (0...17).map(String.init).joined(separator: " < ")
        XCTAssertEqual(syntaxError("x = " + chain17)?.message, "too many comparisons in one chain (at most 16): split it with 'and'")
    }

    // MARK: - Robustness

    /// Nested ASTs this deep are kept alive: destroying them recursively is not the
    /// compiler's business (and would overflow the stack).
    static var keepAlive: [Any] = []

    func testDeepExpressionIsASyntaxError() throws {
        let r = SourceRange(start: SourceLocation(line: 1, column: 0), end: SourceLocation(line: 1, column: 1))
        var e = Expr(.constant(.int(1)), r)
        for _ in 0..<20_000 { e = Expr(.binary(e, .add, Expr(.constant(.int(1)), r)), r) }
        let module = Module(body: [Stmt(.expr(e), r)])
        Self.keepAlive.append(module)
        XCTAssertThrowsError(try compileModule(module, filename: "<test>", interp: interp, mode: .file)) { error in
            XCTAssertEqual((error as? SyntaxError)?.message, "too many nested expressions or statements")
        }
    }

    /// Compiles every Python file of the repository: no internal compiler error, and every
    /// node's location and stack slot inside its code's tables.
    func testCompilesTheRepositoryPythonFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var files: [URL] = []
        for dir in ["Tests/GoldenTests/cases", "examples", "Sources/BaoziCore/Modules/Lib", "bench"] {
            guard let e = FileManager.default.enumerator(at: root.appendingPathComponent(dir), includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in e where url.pathExtension == "py" { files.append(url) }
        }
        var compiled = 0
        for url in files {
            guard let source = try? String(contentsOf: url, encoding: .utf8),
                  let module = try? parse(source, filename: url.lastPathComponent) else { continue }
            do {
                let c = try compileModule(module, filename: url.lastPathComponent, interp: interp, mode: .file)
                checkWellFormed(c, url.lastPathComponent)
                compiled += 1
            } catch let e as SyntaxError {
                XCTAssertFalse(e.message.hasPrefix("internal compiler error"), "\(url.lastPathComponent): \(e.message)")
            }
        }
        XCTAssertGreaterThan(compiled, 0)
    }

    private func checkWellFormed(_ c: CodeObj, _ file: String) {
        XCTAssertNotNil(c.treeRoot, file)
        for n in c.tree?.allNodes ?? [] {
            XCTAssertTrue(n.loc >= 0 && Int(n.loc) < c.locations.count, "\(file): node location \(n.loc)")
            if n.depth != 0 { XCTAssertTrue(Int(n.depth) < c.treeWorkEnd, "\(file): node depth \(n.depth)") }
        }
        for k in c.constants {
            if let nested = k.asObject as? CodeObj { checkWellFormed(nested, file) }
        }
    }
}
