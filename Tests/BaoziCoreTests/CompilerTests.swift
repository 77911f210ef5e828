// Compile-only tests: scope analysis and the instructions emitted for a few constructs.
// (Running compiled code is covered by the golden tests.)

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

    func ops(_ c: CodeObj?) -> [String] { c?.opcodeListing ?? [] }

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
        XCTAssertEqual(ops(innerCode), ["loadDeref 1", "loadDeref 0", "binaryOp 0", "returnValue", "loadConst 0", "returnValue"])
        // The closure is built from the cells in the inner code's free-variable order.
        XCTAssertEqual(Array(ops(outerCode)[4...8]), ["loadClosure 0", "loadClosure 1", "buildTuple 2", "loadConst 2", "makeFunction 8"])
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
        let listing = ops(body)
        XCTAssertTrue(listing.contains("loadClassDeref 0"), "free variable read in a class body")
        XCTAssertTrue(listing.contains("loadClosure 1"), "x passed on to the method")
        XCTAssertFalse(listing.contains("loadDeref 1"))
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
        XCTAssertEqual(Array(ops(body).suffix(4)), ["loadClosure 0", "storeName 4", "loadConst 2", "returnValue"])
        XCTAssertEqual(body.names[4].value, "__classcell__")
        let method = try XCTUnwrap(code(c, "A.m"))
        XCTAssertEqual(method.varNames, ["self", "__class__"])
        XCTAssertEqual(method.freeCount, 1)
        // Class body prologue.
        XCTAssertEqual(Array(ops(body).prefix(4)), ["loadName 0", "storeName 1", "loadConst 0", "storeName 2"])
        XCTAssertEqual(body.names.prefix(3).map { $0.value }, ["__name__", "__module__", "__qualname__"])
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

    // MARK: - Instruction sequences

    func testCalls() throws {
        XCTAssertEqual(ops(try compile("f(1, k=2)")),
                       ["loadName 0", "loadConst 0", "loadConst 1", "kwNames 2", "callFunction 2", "popTop",
                        "loadConst 3", "returnValue"])
        XCTAssertEqual(ops(try compile("o.m(1)")),
                       ["loadName 0", "loadMethod 1", "loadConst 0", "call 1", "popTop", "loadConst 1", "returnValue"])
        XCTAssertEqual(ops(try compile("f(*a, **k)")),
                       ["loadName 0", "loadName 1", "buildMap 0", "loadName 2", "dictMerge 1",
                        "callFunctionEx 1", "popTop", "loadConst 0", "returnValue"])
        XCTAssertEqual(ops(try compile("f(x, *a, y, k=1, **m)")),
                       ["loadName 0", "loadName 1", "buildList 1", "loadName 2", "listExtend 1",
                        "loadName 3", "listAppend 1", "listToTuple", "loadConst 0", "loadConst 1", "buildMap 1",
                        "loadName 4", "dictMerge 1", "callFunctionEx 1", "popTop", "loadConst 2", "returnValue"])
        let kwNames = try compile("f(a=1, b=2)")
        let names = try XCTUnwrap(kwNames.constants[2].asObject as? TupleObj)
        XCTAssertEqual(names.items.compactMap { ($0.asObject as? StrObj)?.value }, ["a", "b"])
    }

    func testForLoopWithBreakAndElse() throws {
        let c = try compile("""
        for x in y:
            if x:
                break
        else:
            z = 1
        """)
        XCTAssertEqual(ops(c), [
            "loadName 0", "getIter",
            "forIter 9", "storeName 1",
            "loadName 1", "popJumpIfFalse 8",
            "popTop", "jump 11",                 // break: pops the iterator, skips the else clause
            "jumpBackward 2",
            "loadConst 0", "storeName 2",        // 9: else
            "loadConst 1", "returnValue",        // 11
        ])
        XCTAssertEqual(c.stackSize, 2)
    }

    func testTryExceptHandlerTable() throws {
        let c = try compile("""
        def f():
            try:
                g()
            except E as e:
                h(e)
        """)
        let f = try XCTUnwrap(code(c, "f"))
        XCTAssertEqual(ops(f), [
            "loadGlobal 0", "callFunction 0", "popTop",            // body
            "jump 23",
            "pushExcInfo",                                              // 4: handler, [exc]
            "loadGlobal 1", "checkExcMatch", "popJumpIfFalse 22",
            "storeFast 0",
            "loadGlobal 2", "loadFast 0", "callFunction 1", "popTop",
            "popExcept", "loadConst 0", "storeFast 0", "deleteFast 0", "jump 23",
            "loadConst 0", "storeFast 0", "deleteFast 0", "reraise",    // 18: clears e, propagates
            "reraise",                                                  // 22: no clause matched
            "loadConst 0", "returnValue",
        ])
        let listing = ops(f)
        let handlerPC = try XCTUnwrap(listing.firstIndex(of: "pushExcInfo"))
        XCTAssertEqual(f.handlers.count, 2)
        let body = f.handlers[0]
        XCTAssertEqual(body.start, 0)
        XCTAssertEqual(body.end, 3)
        XCTAssertEqual(Int(body.target), handlerPC)
        XCTAssertEqual(body.stackDepth, 0)
        XCTAssertEqual(body.excDepth, 0)
        let clause = f.handlers[1]
        XCTAssertEqual(clause.excDepth, 1)
        XCTAssertEqual(clause.stackDepth, 0)
        XCTAssertEqual(Array(listing[Int(clause.target)...].prefix(4)), ["loadConst 0", "storeFast 0", "deleteFast 0", "reraise"])
        XCTAssertEqual(Array(listing[handlerPC...].prefix(4)), ["pushExcInfo", "loadGlobal 1", "checkExcMatch", "popJumpIfFalse \(listing.count - 3)"])
    }

    func testTryFinally() throws {
        let f = try XCTUnwrap(code(try compile("""
        def f():
            try:
                a()
            finally:
                b()
        """), "f"))
        XCTAssertEqual(ops(f), [
            "loadGlobal 0", "callFunction 0", "popTop",             // body
            "loadGlobal 1", "callFunction 0", "popTop",             // finally, normal exit
            "jump 13",
            "pushExcInfo",                                               // 7: [exc]
            "loadGlobal 1", "callFunction 0", "popTop",             // finally, exceptional exit
            "popExcept", "reraise",
            "loadConst 0", "returnValue",
        ])
        XCTAssertEqual(f.handlers.count, 1)
        XCTAssertEqual(f.handlers[0].start, 0)
        XCTAssertEqual(f.handlers[0].end, 3)
        XCTAssertEqual(f.handlers[0].target, 7)
    }

    func testWithStatement() throws {
        let c = try compile("""
        def f():
            with m() as v:
                return v
        """)
        let f = try XCTUnwrap(code(c, "f"))
        let listing = ops(f)
        XCTAssertEqual(Array(listing.prefix(12)), [
            "loadGlobal 0", "callFunction 0", "beforeWith", "storeFast 0",
            "loadFast 0",
            // return: [null, exit, v] -> [v, null, exit], exit(None, None, None)
            "swap 3", "swap 2", "loadConst 0", "loadConst 0", "loadConst 0", "call 3", "popTop",
        ])
        XCTAssertEqual(listing[12], "returnValue")
        XCTAssertTrue(listing.contains("withExceptStart"))
        let h = try XCTUnwrap(f.handlers.first)
        XCTAssertEqual(h.stackDepth, 2, "[null, exit] stay under the handler")
        XCTAssertEqual(h.start, 3, "the target store is protected")
        XCTAssertEqual(Array(listing[Int(h.target)...].prefix(5)), ["pushExcInfo", "withExceptStart", "popJumpIfTrue \(Int(h.target) + 4)", "reraise", "popTop"])
    }

    func testReturnThroughFinallyCopiesTheFinallyBody() throws {
        let c = try compile("""
        def f():
            for x in y:
                try:
                    return x
                finally:
                    g()
        """)
        let listing = ops(try XCTUnwrap(code(c, "f")))
        // return x: value, the finally copy (value kept below), drop the iterator, return.
        let ret = try XCTUnwrap(listing.firstIndex(of: "returnValue"))
        XCTAssertEqual(Array(listing[(ret - 6)...ret]), [
            "loadFast 0", "loadGlobal 1", "callFunction 0", "popTop", "swap 2", "popTop", "returnValue",
        ])
    }

    func testChainedComparison() throws {
        let listing = ops(try compile("x = a < b < c"))
        XCTAssertEqual(listing, [
            "loadName 0", "loadName 1", "swap 2", "copy 2", "compareOp 0", "jumpIfFalseOrPop 9",
            "loadName 2", "compareOp 0", "jump 11",
            "swap 2", "popTop",
            "storeName 3", "loadConst 0", "returnValue",
        ])
    }

    func testComprehensionIsANestedFunction() throws {
        let c = try compile("r = [x * 2 for x in xs if x]")
        XCTAssertEqual(ops(c), ["loadConst 0", "makeFunction 0", "loadName 0", "getIter", "call 0", "storeName 1",
                                "loadConst 1", "returnValue"])
        let comp = try XCTUnwrap(code(c, "<listcomp>"))
        XCTAssertEqual(comp.name, "<listcomp>")
        XCTAssertEqual(comp.argCount, 1)
        XCTAssertEqual(comp.varNames, [".0", "x"])
        XCTAssertTrue(comp.flags.contains(.isComprehension))
        XCTAssertEqual(ops(comp), [
            "buildList 0", "loadFast 0",
            "forIter 9", "storeFast 1", "loadFast 1", "popJumpIfFalse 8",
            "binaryOpLocalConst 34", "listAppend 2",   // x * 2: mul (2) | slot 1 << 5 | const 0 << 18
            "jumpBackward 2",
            "returnValue",
        ])
        XCTAssertEqual(comp.stackSize, 3)   // the fused x * 2 never holds both operands
    }

    func testLocalAndConstantOperandsAreFused() throws {
        let c = try compile("""
        def f(n, c):
            n += 1
            if n < 2:
                return n
            return (c if n else n) - 3
        """)
        let f = try XCTUnwrap(code(c, "f"))
        let listing = ops(f)
        XCTAssertEqual(Array(listing.prefix(4)), ["binaryOpLocalConst 16", "storeFast 0", "compareLocalConst 262144", "popJumpIfFalse 6"])
        // A label (the end of the conditional expression) lies between `n` and `3`: no fusion.
        XCTAssertEqual(Array(listing.suffix(5).prefix(3)), ["loadConst 2", "binaryOp 1", "returnValue"])
        XCTAssertEqual(f.disassembly(recursive: false).contains("n += const 0"), true)
    }

    func testOperatorCodesDecodeFromTheirRawValues() throws {
        for op in BinaryOpcode.allCases { XCTAssertEqual(BinaryOpcode.decode(op.rawValue), op) }
        for op in CompareOpcode.allCases { XCTAssertEqual(CompareOpcode.decode(op.rawValue), op) }
        let packed = LocalConstOperands(op: 12, inplace: true, slot: 8191, constant: 8191)
        let back = LocalConstOperands(try XCTUnwrap(packed.arg))
        XCTAssertEqual([back.op, Int32(back.slot), Int32(back.constant)], [12, 8191, 8191])
        XCTAssertTrue(back.inplace)
        XCTAssertNil(LocalConstOperands(op: 0, inplace: false, slot: 8192, constant: 0).arg)
    }

    func testGenerators() throws {
        let c = try compile("""
        def g():
            x = yield 1
            yield from x
        e = (i for i in r)
        """)
        let g = try XCTUnwrap(code(c, "g"))
        XCTAssertTrue(g.flags.contains(.generator))
        XCTAssertEqual(ops(g), ["genStart", "loadConst 0", "yieldValue", "storeFast 0",
                                "loadFast 0", "getIter", "loadConst 1", "yieldFrom 8", "popTop",
                                "loadConst 1", "returnValue"])
        let gen = try XCTUnwrap(code(c, "<genexpr>"))
        XCTAssertTrue(gen.flags.contains(.generator))
        XCTAssertTrue(gen.flags.contains(.isComprehension))
        XCTAssertEqual(ops(gen), ["genStart", "loadFast 0", "forIter 8", "storeFast 1", "loadFast 1", "yieldValue",
                                  "popTop", "jumpBackward 2", "loadConst 0", "returnValue"])
        XCTAssertEqual(gen.stackSize, 2)
    }

    func testAugmentedAssignmentTargets() throws {
        XCTAssertEqual(ops(try compile("a[i] += v")), [
            "loadName 0", "loadName 1", "copy 2", "copy 2", "binarySubscr", "loadName 2", "inplaceOp 0",
            "swap 3", "swap 2", "storeSubscr", "loadConst 0", "returnValue",
        ])
        XCTAssertEqual(ops(try compile("o.x *= v")), [
            "loadName 0", "copy 1", "loadAttr 1", "loadName 2", "inplaceOp 2", "swap 2", "storeAttr 1",
            "loadConst 0", "returnValue",
        ])
    }

    func testUnpackingAndSlices() throws {
        XCTAssertEqual(ops(try compile("a, *b, c = x")), [
            "loadName 0", "unpackEx 257", "storeName 1", "storeName 2", "storeName 3", "loadConst 0", "returnValue",
        ])
        XCTAssertEqual(ops(try compile("y = x[1:2]")), [
            "loadName 0", "loadConst 0", "loadConst 1", "buildSlice 2", "binarySubscr", "storeName 1",
            "loadConst 2", "returnValue",
        ])
        XCTAssertEqual(ops(try compile("a = b = 1")), ["loadConst 0", "copy 1", "storeName 0", "storeName 1",
                                                         "loadConst 1", "returnValue"])
    }

    func testFunctionDefinition() throws {
        let c = try compile("""
        @d1
        @d2
        def f(a, /, b=1, *args, c, e=2, **kw):
            "doc"
            return a
        """)
        XCTAssertEqual(ops(c), [
            "loadName 0", "loadName 1",                       // decorators first
            "loadConst 0", "buildTuple 1",                    // defaults
            "loadConst 1", "loadConst 2", "buildMap 1",       // keyword-only defaults
            "loadConst 3", "makeFunction 3",
            "call 0", "call 0",                               // d2 first, then d1
            "storeName 2", "loadConst 4", "returnValue",
        ])
        let f = try XCTUnwrap(code(c, "f"))
        XCTAssertEqual(f.varNames, ["a", "b", "c", "e", "args", "kw"])
        XCTAssertEqual(f.argCount, 2)
        XCTAssertEqual(f.positionalOnlyCount, 1)
        XCTAssertEqual(f.kwOnlyCount, 2)
        XCTAssertTrue(f.flags.contains(.varargs))
        XCTAssertTrue(f.flags.contains(.varkeywords))
        XCTAssertEqual((f.doc.asObject as? StrObj)?.value, "doc")
        XCTAssertEqual(f.firstLine, 1)
        XCTAssertEqual(ops(f), ["loadFast 0", "returnValue", "loadConst 0", "returnValue"])
    }

    func testClassStatement() throws {
        let c = try compile("""
        class C(B, metaclass=M):
            "doc"
            x = 1
        """)
        XCTAssertEqual(ops(c), [
            "loadConst 0", "makeFunction 0", "loadConst 1", "loadName 0", "buildTuple 1",
            "loadConst 2", "loadName 1", "buildMap 1", "buildClass", "storeName 2",
            "loadConst 3", "returnValue",
        ])
        let body = try XCTUnwrap(code(c, "C"))
        XCTAssertEqual(Array(ops(body)[4...5]), ["loadConst 1", "storeName 3"])
        XCTAssertEqual(body.names[3].value, "__doc__")
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

    func testImports() throws {
        XCTAssertEqual(ops(try compile("import a.b.c")),
                       ["loadConst 0", "loadConst 1", "importName 0", "storeName 1", "loadConst 1", "returnValue"])
        XCTAssertEqual(ops(try compile("import a.b as c")),
                       ["loadConst 0", "loadConst 1", "importName 0", "importFrom 1", "swap 2", "popTop",
                        "storeName 2", "loadConst 1", "returnValue"])
        XCTAssertEqual(ops(try compile("from ..m import x as y, z")),
                       ["loadConst 0", "loadConst 1", "importName 0", "importFrom 1", "storeName 2",
                        "importFrom 3", "storeName 3", "popTop", "loadConst 2", "returnValue"])
        if case .int(let level) = try compile("from ..m import x").constants[0] { XCTAssertEqual(level, 2) } else { XCTFail("level") }
        XCTAssertEqual(ops(try compile("from m import *")),
                       ["loadConst 0", "loadConst 1", "importName 0", "importStar", "loadConst 2", "returnValue"])
    }

    func testFStrings() throws {
        XCTAssertEqual(ops(try compile("s = f'a{x!r:>{w}}b{y=}'")), [
            "loadConst 0", "loadName 0", "loadConst 1", "loadName 1", "formatValue 0", "buildString 2",
            "formatValue 6", "loadConst 2", "loadConst 3", "loadName 2", "formatValue 2", "buildString 5",
            "storeName 3", "loadConst 4", "returnValue",
        ])
    }

    func testInteractiveModeDisplaysExpressions() throws {
        let c = try compile("1 + 1\n", mode: .singleInteractive)
        XCTAssertEqual(ops(c), ["loadName 0", "loadConst 0", "loadConst 0", "binaryOp 0", "callFunction 1",
                                "popTop", "loadConst 1", "returnValue"])
        XCTAssertEqual(c.names[0].value, "__baozi_displayhook__")
    }

    func testNegativeLiteralsAreConstants() throws {
        XCTAssertEqual(ops(try compile("x = -1")), ["loadConst 0", "storeName 0", "loadConst 1", "returnValue"])
        XCTAssertEqual(try compile("x = -9223372036854775808").constants.count, 2)
        XCTAssertEqual(ops(try compile("x = -y")), ["loadName 0", "unaryNegative", "storeName 1", "loadConst 0", "returnValue"])
    }

    func testConstantsAreDistinctByType() throws {
        let c = try compile("x = (1, 1.0, True, 1, -0.0, 0.0, 'a', b'a', 'a')")
        XCTAssertEqual(c.constants.count, 2)
        let t = try XCTUnwrap(c.constants[0].asObject as? TupleObj)
        XCTAssertEqual(t.items.count, 9)
        let d = try compile("x = 1\ny = 1.0\nz = True\nw = 1")
        XCTAssertEqual(d.constants.count, 4)
        // Canonically equivalent but different strings stay apart.
        let e = try compile("x = '\u{e9}'\ny = 'e\u{301}'")
        XCTAssertEqual(e.constants.count, 3)
        XCTAssertEqual((e.constants[1].asObject as? StrObj)?.value.unicodeScalars.count, 2)
    }

    func testLocationsAndLines() throws {
        let c = try compile("x = 1\n\ny = f(\n  x)\n")
        XCTAssertEqual(c.locations.count, c.instructions.count)
        let callPC = try XCTUnwrap(ops(c).firstIndex(of: "callFunction 1"))
        XCTAssertEqual(c.line(at: callPC), 3)
        XCTAssertEqual(c.line(at: 0), 1)
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

    /// Compiles every Python file of the repository (the stack-depth bookkeeping checks itself
    /// as it goes: an inconsistency is an internal compiler error).
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
        XCTAssertEqual(c.locations.count, c.instructions.count, file)
        XCTAssertEqual(c.instructions.last?.op, .returnValue, file)
        for ins in c.instructions {
            switch ins.op {
            case .jump, .jumpBackward, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .yieldFrom:
                XCTAssertTrue(ins.arg >= 0 && Int(ins.arg) < c.instructions.count, "\(file): jump target \(ins.arg)")
            default:
                break
            }
        }
        for h in c.handlers {
            XCTAssertTrue(h.start < h.end && Int(h.target) < c.instructions.count, file)
            XCTAssertTrue(Int(h.stackDepth) < c.stackSize, file)
        }
        for k in c.constants {
            if let nested = k.asObject as? CodeObj { checkWellFormed(nested, file) }
        }
    }
}
