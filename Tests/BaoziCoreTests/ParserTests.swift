// Parser tests. Trees are compared as s-expressions (see ASTDumper): every tree below was
// also checked against CPython 3.11's `ast` module, and every error message, line and column
// comes from CPython 3.11.7 unless a comment says why Baozi differs.

import XCTest
@testable import BaoziCore

final class ParserTests: XCTestCase {
    // MARK: - Helpers

    private func tree(_ source: String, mode: ParseMode = .file, positions: Bool = false,
                      file: StaticString = #filePath, line: UInt = #line) -> String? {
        do {
            return ASTDumper.dump(try parse(source, filename: "<test>", mode: mode), positions: positions)
        } catch let error as SyntaxError {
            XCTFail("unexpected SyntaxError \(error.message) at \(error.line):\(error.column)", file: file, line: line)
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
        return nil
    }

    private func assertTree(_ source: String, _ expected: String, mode: ParseMode = .file, positions: Bool = false,
                            file: StaticString = #filePath, line: UInt = #line) {
        guard let actual = tree(source, mode: mode, positions: positions, file: file, line: line) else { return }
        XCTAssertEqual(actual, expected, "source: \(source.debugDescription)", file: file, line: line)
    }

    private func syntaxError(_ source: String, mode: ParseMode = .file,
                             file: StaticString = #filePath, line: UInt = #line) -> SyntaxError? {
        do {
            let module = try parse(source, filename: "<test>", mode: mode)
            XCTFail("expected a SyntaxError, got \(ASTDumper.dump(module))", file: file, line: line)
        } catch let error as SyntaxError {
            return error
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
        return nil
    }

    private func assertError(_ source: String, _ message: String, line errorLine: Int, column: Int,
                             endColumn: Int? = nil, mode: ParseMode = .file,
                             file: StaticString = #filePath, line: UInt = #line) {
        assertError(source, .syntax, message, line: errorLine, column: column, endColumn: endColumn, mode: mode,
                    file: file, line: line)
    }

    private func assertError(_ source: String, _ kind: SyntaxError.Kind, _ message: String,
                             line errorLine: Int, column: Int, endColumn: Int? = nil, mode: ParseMode = .file,
                             file: StaticString = #filePath, line: UInt = #line) {
        guard let error = syntaxError(source, mode: mode, file: file, line: line) else { return }
        let context = "source: \(source.prefix(200).debugDescription)"
        XCTAssertEqual(error.message, message, context, file: file, line: line)
        XCTAssertEqual(error.kind, kind, context, file: file, line: line)
        XCTAssertEqual(error.line, errorLine, "line; " + context, file: file, line: line)
        XCTAssertEqual(error.column, column, "column; " + context, file: file, line: line)
        if let endColumn = endColumn {
            XCTAssertEqual(error.endColumn, endColumn, "endColumn; " + context, file: file, line: line)
        }
        XCTAssertEqual(error.filename, "<test>", file: file, line: line)
        XCTAssertFalse(error.isIncomplete, "complete input reported as incomplete; " + context, file: file, line: line)
    }

    private func assertIncomplete(_ source: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let error = syntaxError(source, mode: .singleInteractive, file: file, line: line) else { return }
        XCTAssertTrue(error.isIncomplete, "\(source.debugDescription): \(error.message)", file: file, line: line)
    }

    private func assertComplete(_ source: String, error message: String? = nil,
                                file: StaticString = #filePath, line: UInt = #line) {
        do {
            _ = try parse(source, filename: "<stdin>", mode: .singleInteractive)
            XCTAssertNil(message, "expected \(message ?? "") for \(source.debugDescription)", file: file, line: line)
        } catch let error as SyntaxError {
            XCTAssertFalse(error.isIncomplete, "\(source.debugDescription) reported incomplete", file: file, line: line)
            XCTAssertEqual(error.message, message, source.debugDescription, file: file, line: line)
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
    }

    // MARK: - Trees (each also checked against CPython 3.11's ast module, positions included)

    func testPrecedence() {
        assertTree("x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m", "(= x (- (+ 1 (* 2 3)) (@ (% (// (/ 4 5) 6) 7) m)))")
        assertTree("x = a | b ^ c & d << e >> f + g", "(= x (| a (^ b (& c (>> (<< d e) (+ f g))))))")
        assertTree("x = -2 ** 2", "(= x (- (** 2 2)))")
        assertTree("x = 2 ** -1", "(= x (** 2 (- 1)))")
        assertTree("x = 2 ** 3 ** 4", "(= x (** 2 (** 3 4)))")
        assertTree("x = -+~a", "(= x (- (+ (~ a))))")
        assertTree("x = not a and b or not c", "(= x (or (and (not a) b) (not c)))")
        assertTree("x = a or b or c and d and e", "(= x (or a b (and c d e)))")
        assertTree("x = a < b <= c == d != e > f >= g", "(= x (cmp a < b <= c == d != e > f >= g))")
        assertTree("x = a in b not in c is d is not e", "(= x (cmp a in b not-in c is d is-not e))")
        assertTree("x = not a < b", "(= x (not (cmp a < b)))")
        assertTree("x = a if b else c if d else e", "(= x (ifexp b a (ifexp d c e)))")
        assertTree("x = lambda: a if b else c", "(= x (lambda (params) (ifexp b a c)))")
        assertTree("x = (a + b) * c", "(= x (* (+ a b) c))")
        assertTree("x = a.b.c(d)[e].f", "(= x (. ([] (call (. (. a b) c) d) e) f))")
        assertTree("x = await_ = 1", "(= x await_ 1)")
        assertTree("x = -a ** -b", "(= x (- (** a (- b))))")
        assertTree("x = a + b if c else d - e", "(= x (ifexp c (+ a b) (- d e)))")
    }

    func testAtoms() {
        assertTree("x = None, True, False, ...", "(= x (tuple None True False ...))")
        assertTree("x = ()", "(= x (tuple))")
        assertTree("x = (1,)", "(= x (tuple 1))")
        assertTree("x = (1, 2, *a)", "(= x (tuple 1 2 (* a)))")
        assertTree("x = [1, *a, 2]", "(= x (list 1 (* a) 2))")
        assertTree("x = []", "(= x (list))")
        assertTree("x = {}", "(= x (dict))")
        assertTree("x = {1: 2, **m, 3: 4}", "(= x (dict (1 2) (** m) (3 4)))")
        assertTree("x = {1, *s, 2}", "(= x (set 1 (* s) 2))")
        assertTree("x = [y for y in z]", "(= x (listcomp y (for y z)))")
        assertTree("x = {y for y in z if y if not y}", "(= x (setcomp y (for y z (if y) (if (not y)))))")
        assertTree("x = {k: v for k, v in items for w in k}", "(= x (dictcomp k v (for (tuple k v) items) (for w k)))")
        assertTree("x = (y for y in z)", "(= x (genexp y (for y z)))")
        assertTree("x = [a for b in c if d for e in f if g]", "(= x (listcomp a (for b c (if d)) (for e f (if g))))")
        assertTree("x = [(y := f(x)) for x in data if (z := y)]", "(= x (listcomp (:= y (call f x)) (for x data (if (:= z y)))))")
        assertTree("x = [y := 1, y ** 2]", "(= x (list (:= y 1) (** y 2)))")
        assertTree("x = (y := 10)", "(= x (:= y 10))")
        assertTree("x = {(c := a): b}", "(= x (dict ((:= c a) b)))")
        assertTree("f(x := 1)", "(expr (call f (:= x 1)))")
        assertTree("x = a[i := 0]", "(= x ([] a (:= i 0)))")
        assertTree("x = 'a' 'b' \"c\"", "(= x \"abc\")")
        assertTree("x = b'a' b'b'", "(= x b\"ab\")")
        assertTree("x = [*a, *b]", "(= x (list (* a) (* b)))")
    }

    func testCalls() {
        assertTree("f()", "(expr (call f))")
        assertTree("f(a, b, *c, d=1, **e)", "(expr (call f a b (* c) (d= 1) (** e)))")
        assertTree("f(*a, b, *c, d=1, *e, f=2, **g, h=3)", "(expr (call f (* a) b (* c) (d= 1) (* e) (f= 2) (** g) (h= 3)))")
        assertTree("f(x for x in y)", "(expr (call f (genexp x (for x y))))")
        assertTree("f((x for x in y), 1)", "(expr (call f (genexp x (for x y)) 1))")
        assertTree("f(a,)", "(expr (call f a))")
        assertTree("f(a)(b)(c)", "(expr (call (call (call f a) b) c))")
        assertTree("f(match=1, case=2, _=3)", "(expr (call f (match= 1) (case= 2) (_= 3)))")
    }

    func testSubscripts() {
        assertTree("x = a[1]", "(= x ([] a 1))")
        assertTree("x = a[1:2]", "(= x ([] a (slice 1 2 _)))")
        assertTree("x = a[::2]", "(= x ([] a (slice _ _ 2)))")
        assertTree("x = a[:]", "(= x ([] a (slice _ _ _)))")
        assertTree("x = a[1:2:3]", "(= x ([] a (slice 1 2 3)))")
        assertTree("x = a[1:2, 3]", "(= x ([] a (tuple (slice 1 2 _) 3)))")
        assertTree("x = a[i, j]", "(= x ([] a (tuple i j)))")
        assertTree("x = a[i,]", "(= x ([] a (tuple i)))")
        assertTree("x = a[*b]", "(= x ([] a (tuple (* b))))")
        assertTree("x = a[1:2, *b]", "(= x ([] a (tuple (slice 1 2 _) (* b))))")
        assertTree("x = a[lambda: 1]", "(= x ([] a (lambda (params) 1)))")
    }

    func testLambda() {
        assertTree("f = lambda: 0", "(= f (lambda (params) 0))")
        assertTree("f = lambda a, b=1, *c, d, e=2, **f: a", "(= f (lambda (params a (b = 1) *c d (e = 2) **f) a))")
        assertTree("f = lambda a, /, b: a", "(= f (lambda (params a / b) a))")
        assertTree("f = lambda *, a: a", "(= f (lambda (params * a) a))")
        assertTree("f = lambda *a, **k: (yield)", "(= f (lambda (params *a **k) (yield)))")
    }

    func testYield() {
        assertTree("def g():\n    yield\n    yield 1\n    yield 1, 2\n    yield from x\n    x = yield\n    x = yield y\n    x = yield from y\n    f((yield))\n    x += yield 1\n    await_ = (yield)\n",
                   "(def g (params) _ ((expr (yield)) (expr (yield 1)) (expr (yield (tuple 1 2))) (expr (yield-from x)) (= x (yield)) (= x (yield y)) (= x (yield-from y)) (expr (call f (yield))) (+= x (yield 1)) (= await_ (yield))) ())")
        assertTree("async def f():\n    await x\n    return await g(1)\n",
                   "(async-def f (params) _ ((expr (await x)) (return (await (call g 1)))) ())")
        assertTree("def g():\n    return (yield)\n",
                   "(def g (params) _ ((return (yield))) ())")
        assertTree("def g():\n    x = yield a, *b\n",
                   "(def g (params) _ ((= x (yield (tuple a (* b))))) ())")
    }

    func testAssignment() {
        assertTree("a = b = 1", "(= a b 1)")
        assertTree("a, b = 1, 2", "(= (tuple a b) (tuple 1 2))")
        assertTree("a, *b = c", "(= (tuple a (* b)) c)")
        assertTree("[a, (b, *c)] = d", "(= (list a (tuple b (* c))) d)")
        assertTree("(a) = 1", "(= a 1)")
        assertTree("a.b = c[d] = e[1:2] = 1", "(= (. a b) ([] c d) ([] e (slice 1 2 _)) 1)")
        assertTree("x = 1,", "(= x (tuple 1))")
        assertTree("x = *a, *b", "(= x (tuple (* a) (* b)))")
        assertTree("a += 1\na -= 1\na *= 1\na /= 1\na //= 1\na %= 1\na **= 1\na @= 1\na |= 1\na &= 1\na ^= 1\na <<= 1\na >>= 1",
                   "(+= a 1)\n(-= a 1)\n(*= a 1)\n(/= a 1)\n(//= a 1)\n(%= a 1)\n(**= a 1)\n(@= a 1)\n(|= a 1)\n(&= a 1)\n(^= a 1)\n(<<= a 1)\n(>>= a 1)")
        assertTree("a.b += 1\na[0] += 1\n(a) += 1",
                   "(+= (. a b) 1)\n(+= ([] a 0) 1)\n(+= a 1)")
        assertTree("x: int = 1", "(ann 1 x int 1)")
        assertTree("x: int", "(ann 1 x int _)")
        assertTree("(x): int = 1", "(ann 0 x int 1)")
        assertTree("a.b: int\na[0]: int = 2",
                   "(ann 0 (. a b) int _)\n(ann 0 ([] a 0) int 2)")
        assertTree("x: tuple = 1, 2", "(ann 1 x tuple (tuple 1 2))")
        assertTree("match = case = _ = 1", "(= match case _ 1)")
        assertTree("match: int = 3", "(ann 1 match int 3)")
        assertTree("match(x)", "(expr (call match x))")
    }

    func testSimpleStatements() {
        assertTree("pass; pass\npass;",
                   "(pass)\n(pass)\n(pass)")
        assertTree("del a, b.c, d[0], (e, f), [g]", "(del a (. b c) ([] d 0) (tuple e f) (list g))")
        assertTree("del (a)", "(del a)")
        assertTree("del a,", "(del a)")
        assertTree("assert x\nassert x, 'msg'",
                   "(assert x)\n(assert x \"msg\")")
        assertTree("raise\nraise E\nraise E from c",
                   "(raise)\n(raise E)\n(raise E from c)")
        assertTree("global a, b\nnonlocal_ = 1",
                   "(global a b)\n(= nonlocal_ 1)")
        assertTree("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global y\n",
                   "(def f (params) _ ((= x 1) (def g (params) _ ((nonlocal x) (global y)) ())) ())")
        assertTree("def f():\n    return\n    return 1\n    return 1, 2\n    return *a, b\n",
                   "(def f (params) _ ((return) (return 1) (return (tuple 1 2)) (return (tuple (* a) b))) ())")
    }

    func testImports() {
        assertTree("import a\nimport a.b.c\nimport a as b, c.d as e",
                   "(import a)\n(import a.b.c)\n(import (a as b) (c.d as e))")
        assertTree("from m import a\nfrom m import a as b, c\nfrom m import (a, b,)\nfrom m import (a as b)",
                   "(from 0 m a)\n(from 0 m (a as b) c)\n(from 0 m a b)\n(from 0 m (a as b))")
        assertTree("from . import x\nfrom .. import y\nfrom .m import *\nfrom ...a.b import c\nfrom .... import d",
                   "(from 1 _ x)\n(from 2 _ y)\n(from 1 m *)\n(from 3 a.b c)\n(from 4 _ d)")
    }

    func testIf() {
        assertTree("if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g",
                   "(if a ((expr b)) ((if c ((expr d)) ((if e ((expr f)) ((expr g)))))))")
        assertTree("if a: b; c\nelse: d",
                   "(if a ((expr b) (expr c)) ((expr d)))")
        assertTree("if (x := 1): pass", "(if (:= x 1) ((pass)) ())")
        assertTree("if a:\n    if b:\n        c\n    else:\n        d\n",
                   "(if a ((if b ((expr c)) ((expr d)))) ())")
    }

    func testLoops() {
        assertTree("while x:\n    break\nelse:\n    pass",
                   "(while x ((break)) ((pass)))")
        assertTree("while (n := n - 1): continue", "(while (:= n (- n 1)) ((continue)) ())")
        assertTree("for x in y:\n    continue\nelse:\n    pass",
                   "(for x y ((continue)) ((pass)))")
        assertTree("for k, v in d.items(): pass", "(for (tuple k v) (call (. d items)) ((pass)) ())")
        assertTree("for (a, b), *c in x, y: pass", "(for (tuple (tuple a b) (* c)) (tuple x y) ((pass)) ())")
        assertTree("for x.y in z: pass", "(for (. x y) z ((pass)) ())")
        assertTree("for x[0] in z: pass", "(for ([] x 0) z ((pass)) ())")
        assertTree("for x in *a, *b: pass", "(for x (tuple (* a) (* b)) ((pass)) ())")
        assertTree("for x, in y: pass", "(for (tuple x) y ((pass)) ())")
    }

    func testTry() {
        assertTree("try:\n    a\nexcept:\n    b",
                   "(try ((expr a)) ((except _ _ ((expr b)))) () ())")
        assertTree("try:\n    a\nexcept E:\n    b\nexcept (A, B) as e:\n    c\nelse:\n    d\nfinally:\n    e",
                   "(try ((expr a)) ((except E _ ((expr b))) (except (tuple A B) e ((expr c)))) ((expr d)) ((expr e)))")
        assertTree("try:\n    a\nfinally:\n    b",
                   "(try ((expr a)) () () ((expr b)))")
        assertTree("try: a\nexcept E as e: b",
                   "(try ((expr a)) ((except E e ((expr b)))) () ())")
    }

    func testWith() {
        assertTree("with a: pass", "(with ((a _)) ((pass)))")
        assertTree("with a as b, c as d, e: pass", "(with ((a b) (c d) (e _)) ((pass)))")
        assertTree("with (a as b, c as d): pass", "(with ((a b) (c d)) ((pass)))")
        assertTree("with (a as b, c as d,): pass", "(with ((a b) (c d)) ((pass)))")
        assertTree("with (a, b): pass", "(with ((a _) (b _)) ((pass)))")
        assertTree("with (a, b) as c: pass", "(with (((tuple a b) c)) ((pass)))")
        assertTree("with (a): pass", "(with ((a _)) ((pass)))")
        assertTree("with (a) as b: pass", "(with ((a b)) ((pass)))")
        assertTree("with a as (b, c): pass", "(with ((a (tuple b c))) ((pass)))")
        assertTree("with a as [b, *c]: pass", "(with ((a (list b (* c)))) ((pass)))")
        assertTree("def f():\n    with (yield): pass",
                   "(def f (params) _ ((with (((yield) _)) ((pass)))) ())")
        assertTree("with f() as x.y: pass", "(with (((call f) (. x y))) ((pass)))")
    }

    func testFunctions() {
        assertTree("def f(): pass", "(def f (params) _ ((pass)) ())")
        assertTree("def f(a, b=1, *args, c, d=2, **kwargs): pass", "(def f (params a (b = 1) *args c (d = 2) **kwargs) _ ((pass)) ())")
        assertTree("def f(a, /, b, *, c): pass", "(def f (params a / b * c) _ ((pass)) ())")
        assertTree("def f(a=1, /, b=2): pass", "(def f (params (a = 1) / (b = 2)) _ ((pass)) ())")
        assertTree("def f(a: int, *b: str, c: 'x' = 1, **d: float) -> None: pass", "(def f (params (a : int) *(b : str) (c : \"x\" = 1) **(d : float)) None ((pass)) ())")
        assertTree("def f(*, a): pass", "(def f (params * a) _ ((pass)) ())")
        assertTree("def f(a, b,): pass", "(def f (params a b) _ ((pass)) ())")
        assertTree("def f(**kwargs,): pass", "(def f (params **kwargs) _ ((pass)) ())")
        assertTree("@dec\ndef f(): pass",
                   "(def f (params) _ ((pass)) (dec))")
        assertTree("@a.b(c)\n@d[0] or e\n@(lambda f: f)\ndef f(): pass",
                   "(def f (params) _ ((pass)) ((call (. a b) c) (or ([] d 0) e) (lambda (params f) f)))")
        assertTree("@dec\nasync def f(): pass",
                   "(async-def f (params) _ ((pass)) (dec))")
        assertTree("async def f(): pass", "(async-def f (params) _ ((pass)) ())")
        assertTree("def f():\n    def g():\n        return 1\n    return g",
                   "(def f (params) _ ((def g (params) _ ((return 1)) ()) (return g)) ())")
    }

    func testClasses() {
        assertTree("class A: pass", "(class A () ((pass)) ())")
        assertTree("class A(): pass", "(class A () ((pass)) ())")
        assertTree("class A(B, C, metaclass=M, **kw): pass", "(class A (B C (metaclass= M) (** kw)) ((pass)) ())")
        assertTree("class A(*bases): pass", "(class A ((* bases)) ((pass)) ())")
        assertTree("@dec\nclass A:\n    x = 1\n    def f(self): return self.x",
                   "(class A () ((= x 1) (def f (params self) _ ((return (. self x))) ())) (dec))")
    }

    func testStrings() {
        assertTree("x = 'a\\n\\t\\r\\\\\\'\\\"\\a\\b\\f\\v\\0'", "(= x \"a\\n\\t\\r\\\\'\\\"\\x07\\x08\\x0c\\x0b\\x00\")")
        assertTree("x = '\\033[0m \\x41 \\u00e9 \\U0001F600 \\N{BULLET} \\N{latin small letter a}'", "(= x \"\\x1b[0m A é 😀 • a\")")
        assertTree("x = 'a\\\nb'",
                   "(= x \"ab\")")
        assertTree("x = '\\d \\w \\% \\8'", "(= x \"\\\\d \\\\w \\\\% \\\\8\")")
        assertTree("x = r'\\n\\x' R\"\\d\"", "(= x \"\\\\n\\\\x\\\\d\")")
        assertTree("x = b'\\x00\\xff\\n' rb'\\n' Br'x' bR'y'", "(= x b\"\\x00\\xff\\x0a\\\\nxy\")")
        assertTree("x = u'unicode' U'x'", "(= x \"unicodex\")")
        assertTree("x = '''a\nb''' \"\"\"c\n'd'\"\"\"",
                   "(= x \"a\\nbc\\n'd'\")")
        assertTree("x = '\\777'", "(= x \"ǿ\")")
        assertTree("x = b'\\777'", "(= x b\"\\xff\")")
        assertTree("x = 'é€😀'", "(= x \"é€😀\")")
        assertTree("x = ''", "(= x \"\")")
        assertTree("x = ''''''", "(= x \"\")")
    }

    func testFStrings() {
        assertTree("x = f'{a}'", "(= x (f (fmt a)))")
        assertTree("x = f'a{b}c{d}e'", "(= x (f \"a\" (fmt b) \"c\" (fmt d) \"e\"))")
        assertTree("x = f'{a + b}'", "(= x (f (fmt (+ a b))))")
        assertTree("x = f'{a!r} {b!s} {c!a}'", "(= x (f (fmt a !r) \" \" (fmt b !s) \" \" (fmt c !a)))")
        assertTree("x = f'{x:>10}'", "(= x (f (fmt x (spec \">10\"))))")
        assertTree("x = f'{x:{width}.{prec}f}'", "(= x (f (fmt x (spec (fmt width) \".\" (fmt prec) \"f\"))))")
        assertTree("x = f'{x!r:^{w}}'", "(= x (f (fmt x !r (spec \"^\" (fmt w)))))")
        assertTree("x = f'{{}} {{{a}}}'", "(= x (f \"{} {\" (fmt a) \"}\"))")
        assertTree("x = f'{x=}'", "(= x (f (fmt x (= \"x=\"))))")
        assertTree("x = f'{x = }'", "(= x (f (fmt x (= \"x = \"))))")
        assertTree("x = f'{x=!s}'", "(= x (f (fmt x !s (= \"x=\"))))")
        assertTree("x = f'{x=:>5}'", "(= x (f (fmt x (spec \">5\") (= \"x=\"))))")
        assertTree("x = f'{a, b}'", "(= x (f (fmt (tuple a b))))")
        assertTree("def f():\n    x = f'{(yield)}'",
                   "(def f (params) _ ((= x (f (fmt (yield))))) ())")
        assertTree("x = f'{\"nested\"}'", "(= x (f (fmt \"nested\")))")
        assertTree("x = f'{f\"{a}\"}'", "(= x (f (fmt (f (fmt a)))))")
        assertTree("x = f'{a!=b}'", "(= x (f (fmt (cmp a != b))))")
        assertTree("x = f'{a<b} {a>=b}'", "(= x (f (fmt (cmp a < b)) \" \" (fmt (cmp a >= b))))")
        assertTree("x = f'{d[\"k\"]}'", "(= x (f (fmt ([] d \"k\"))))")
        assertTree("x = f'{x:}'", "(= x (f (fmt x (spec))))")
        assertTree("x = 'a' f'{b}' 'c'", "(= x (f \"a\" (fmt b) \"c\"))")
        assertTree("x = f''", "(= x (f))")
        assertTree("x = f'\\n{a}\\t'", "(= x (f \"\\n\" (fmt a) \"\\t\"))")
        assertTree("x = rf'\\n{a}' fR'{b}\\d'", "(= x (f \"\\\\n\" (fmt a) (fmt b) \"\\\\d\"))")
        assertTree("x = f'\\N{BULLET} {a}'", "(= x (f \"• \" (fmt a)))")
        assertTree("x = f'''{\na\n+\nb\n}'''",
                   "(= x (f (fmt (+ a b))))")
        assertTree("x = f'{(lambda: 1)}'", "(= x (f (fmt (lambda (params) 1))))")
        assertTree("x = f'{a:{b}{c}}'", "(= x (f (fmt a (spec (fmt b) (fmt c)))))")
        assertTree("x = f'{ a }'", "(= x (f (fmt a)))")
    }

    func testNumbers() {
        assertTree("x = 0, 1, 42, 1_000_000, 0x1F, 0X_ff, 0o17, 0O_7, 0b101, 0B_1_0", "(= x (tuple 0 1 42 1000000 31 255 15 7 5 2))")
        assertTree("x = 00, 0_0, 000", "(= x (tuple 0 0 0))")
        assertTree("x = 1.5, .5, 5., 1e10, 1.5E-3, 1_0.0_1e+1_0, 09.5, 09e1, 0e0", "(= x (tuple 1.5 0.5 5.0 10000000000.0 0.0015 100100000000.0 9.5 90.0 0.0))")
        assertTree("x = 3j, 1.5J, 1e3j, 09j, 0j", "(= x (tuple 3.0j 1.5j 1000.0j 9.0j 0.0j))")
        assertTree("x = 9223372036854775807, 9223372036854775808, 123456789012345678901234567890", "(= x (tuple 9223372036854775807 9223372036854775808 123456789012345678901234567890))")
        assertTree("x = 0xFFFFFFFFFFFFFFFF, 0o7777777777777777777777777, 0b11111111111111111111111111111111111111111111111111111111111111111", "(= x (tuple 18446744073709551615 37778931862957161709567 36893488147419103231))")
        assertTree("x = 1e400, 1e-400", "(= x (tuple inf 0.0))")
        assertTree("x = 1if y else 2", "(= x (ifexp y 1 2))")
        assertTree("x = 0x1for x in y", "(= x (or 31 (cmp x in y)))")
        assertTree("x = 1 .real, 1.0.real, 1j.imag", "(= x (tuple (. 1 real) (. 1.0 real) (. 1.0j imag)))")
    }

    func testLexical() {
        assertTree("x = (1 +\n     2)\ny = [\n  1,\n  2,\n]\nz = {\n  'a': 1\n}",
                   "(= x (+ 1 2))\n(= y (list 1 2))\n(= z (dict (\"a\" 1)))")
        assertTree("x = 1 + \\\n    2",
                   "(= x (+ 1 2))")
        assertTree("# comment\n\n   # indented comment\nx = 1  # trailing\n\n\ny = 2\n",
                   "(= x 1)\n(= y 2)")
        assertTree("if x:\n\ty = 1\n\tz = 2\n",
                   "(if x ((= y 1) (= z 2)) ())")
        assertTree("if x:\n    pass\n\n\n    pass\n",
                   "(if x ((pass) (pass)) ())")
        assertTree("# -*- coding: utf-8 -*-\nx = 1",
                   "(= x 1)")
        assertTree("\u{FEFF}x = 1", "(= x 1)")
        assertTree("x = 1\r\ny = 2\rz = 3",
                   "(= x 1)\n(= y 2)\n(= z 3)")
        assertTree("x = 1", "(= x 1)")
        assertTree("if x:\n  y",
                   "(if x ((expr y)) ())")
        assertTree("\\\npass\n        \\\n\npass\n",
                   "(pass)\n(pass)")
        assertTree("été = 1\nπ = 3",
                   "(= été 1)\n(= π 3)")
        assertTree("ｗｉｄｔｈ = 1\nµ = 2",
                   "(= width 1)\n(= μ 2)")
        assertTree("x = \u{C}1", "(= x 1)")
        assertTree("", "")
        assertTree("\n\n",
                   "")
    }

    func testFuture() {
        assertTree("'''doc'''\nfrom __future__ import annotations\nimport os\n",
                   "(expr \"doc\")\n(from 0 __future__ annotations)\n(import os)")
    }

    // MARK: - Errors (generated from CPython 3.11.7: message, line, offset and end offset)

    func testErrorsGenericAndCommon() {
        assertError("x = = 1\n", .syntax, "invalid syntax", line: 1, column: 5, endColumn: 6)
        assertError("x = 1 +\n", .syntax, "invalid syntax", line: 1, column: 8, endColumn: 9)
        assertError("x = 1 +", .syntax, "invalid syntax", line: 1, column: 8, endColumn: 9)
        assertError("a b\n", .syntax, "invalid syntax", line: 1, column: 3, endColumn: 4)
        assertError("x = 1 2\n", .syntax, "invalid syntax", line: 1, column: 7, endColumn: 8)
        assertError("if x y: pass\n", .syntax, "invalid syntax", line: 1, column: 6, endColumn: 7)
        assertError("print(x) y\n", .syntax, "invalid syntax", line: 1, column: 10, endColumn: 11)
        assertError("x = $\n", .syntax, "invalid syntax", line: 1, column: 5, endColumn: 6)
        assertError("x = a ? b\n", .syntax, "invalid syntax", line: 1, column: 7, endColumn: 8)
        assertError("x = `a`\n", .syntax, "invalid syntax", line: 1, column: 5, endColumn: 6)
        assertError("1 <> 2\n", .syntax, "invalid syntax", line: 1, column: 3, endColumn: 5)
        assertError("x = 1 ! 2\n", .syntax, "invalid syntax", line: 1, column: 7, endColumn: 8)
        assertError("if x\n    pass\n", .syntax, "expected ':'", line: 1, column: 5, endColumn: 6)
        assertError("while x\n  pass\n", .syntax, "expected ':'", line: 1, column: 8, endColumn: 9)
        assertError("for x in y\n  pass\n", .syntax, "expected ':'", line: 1, column: 11, endColumn: 12)
        assertError("with x\n  pass\n", .syntax, "expected ':'", line: 1, column: 7, endColumn: 8)
        assertError("with a as b\n", .syntax, "expected ':'", line: 1, column: 12, endColumn: 13)
        assertError("class A(x)\n", .syntax, "expected ':'", line: 1, column: 11, endColumn: 12)
        assertError("def f(x)\n", .syntax, "expected ':'", line: 1, column: 9, endColumn: 10)
        assertError("def f(x) pass\n", .syntax, "expected ':'", line: 1, column: 10, endColumn: 14)
        assertError("def f x: pass\n", .syntax, "expected '('", line: 1, column: 7, endColumn: 8)
        assertError("try x:\n  pass\n", .syntax, "expected ':'", line: 1, column: 5, endColumn: 6)
        assertError("if x:\n  pass\nelse x:\n  pass\n", .syntax, "expected ':'", line: 3, column: 6, endColumn: 7)
        assertError("try:\n  pass\nexcept E\n  pass\n", .syntax, "expected ':'", line: 3, column: 9, endColumn: 10)
        assertError("try:\n  pass\nfinally\n  pass\n", .syntax, "expected ':'", line: 3, column: 8, endColumn: 9)
        assertError("if x:\n  pass\nelif y\n  pass\n", .syntax, "expected ':'", line: 3, column: 7, endColumn: 8)
        assertError("class A x:\n", .syntax, "invalid syntax", line: 1, column: 9, endColumn: 10)
        assertError("else x:\n", .syntax, "invalid syntax", line: 1, column: 1, endColumn: 5)
        assertError("[1 2]\n", .syntax, "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 2, endColumn: 5)
        assertError("(a b)\n", .syntax, "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 2, endColumn: 5)
        assertError("f(a b)\n", .syntax, "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 3, endColumn: 6)
        assertError("f(a, b c)\n", .syntax, "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 6, endColumn: 9)
        assertError("{a b}\n", .syntax, "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 2, endColumn: 5)
        assertError("[a, b c]\n", .syntax, "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 5, endColumn: 8)
        // CPython 3.11 reports 1:2, inside its own "(expression)" copy
        assertError("f'{a b}'\n", .syntax, "f-string: invalid syntax. Perhaps you forgot a comma?", line: 1, column: 4, endColumn: 7)
        assertError("[x for x y]\n", .syntax, "invalid syntax. Perhaps you forgot a comma?", line: 1, column: 8, endColumn: 11)
        assertError("print 'hello'\n", .syntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", line: 1, column: 1, endColumn: 14)
        assertError("print x\n", .syntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", line: 1, column: 1, endColumn: 8)
        assertError("exec 'x'\n", .syntax, "Missing parentheses in call to 'exec'. Did you mean exec(...)?", line: 1, column: 1, endColumn: 9)
        assertError("x = print x\n", .syntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", line: 1, column: 5, endColumn: 12)
        assertError("x = 1 if 2\n", .syntax, "expected 'else' after 'if' expression", line: 1, column: 5, endColumn: 11)
        assertError("x = (1 if 2)\n", .syntax, "expected 'else' after 'if' expression", line: 1, column: 6, endColumn: 12)
        assertError("x = 1 if 2 else\n", .syntax, "invalid syntax", line: 1, column: 16, endColumn: 17)
    }

    func testErrorsAssignmentTargets() {
        assertError("f() = 1\n", .syntax, "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, column: 1, endColumn: 4)
        assertError("1 = x\n", .syntax, "cannot assign to literal here. Maybe you meant '==' instead of '='?", line: 1, column: 1, endColumn: 2)
        assertError("x + 1 = 2\n", .syntax, "cannot assign to expression here. Maybe you meant '==' instead of '='?", line: 1, column: 1, endColumn: 6)
        assertError("True = 1\n", .syntax, "cannot assign to True", line: 1, column: 1, endColumn: 5)
        assertError("None = 1\n", .syntax, "cannot assign to None", line: 1, column: 1, endColumn: 5)
        assertError("... = 1\n", .syntax, "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", line: 1, column: 1, endColumn: 4)
        assertError("'a' = 1\n", .syntax, "cannot assign to literal here. Maybe you meant '==' instead of '='?", line: 1, column: 1, endColumn: 4)
        assertError("f'{a}' = 1\n", .syntax, "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", line: 1, column: 1, endColumn: 7)
        assertError("a < b = 1\n", .syntax, "cannot assign to comparison", line: 1, column: 1, endColumn: 6)
        assertError("not a = 1\n", .syntax, "cannot assign to expression", line: 1, column: 1, endColumn: 6)
        assertError("a and b = 1\n", .syntax, "cannot assign to expression", line: 1, column: 1, endColumn: 8)
        assertError("a if b else c = 1\n", .syntax, "cannot assign to conditional expression", line: 1, column: 1, endColumn: 14)
        assertError("lambda: 1 = 1\n", .syntax, "cannot assign to lambda", line: 1, column: 1, endColumn: 10)
        assertError("-a = 1\n", .syntax, "cannot assign to expression here. Maybe you meant '==' instead of '='?", line: 1, column: 1, endColumn: 3)
        assertError("(yield) = 1\n", .syntax, "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", line: 1, column: 2, endColumn: 7)
        assertError("[x for x in y] = 1\n", .syntax, "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", line: 1, column: 1, endColumn: 15)
        assertError("{a: 1} = 1\n", .syntax, "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", line: 1, column: 1, endColumn: 7)
        assertError("{a} = 1\n", .syntax, "cannot assign to set display here. Maybe you meant '==' instead of '='?", line: 1, column: 1, endColumn: 4)
        assertError("(x for x in y) = 1\n", .syntax, "cannot assign to generator expression", line: 1, column: 1, endColumn: 15)
        assertError("x, f() = 1\n", .syntax, "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, column: 4, endColumn: 7)
        assertError("f(), x = 1\n", .syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 6, endColumn: 11)
        assertError("[a, f()] = 1\n", .syntax, "cannot assign to function call", line: 1, column: 5, endColumn: 8)
        assertError("(a, f()) = 1\n", .syntax, "cannot assign to function call", line: 1, column: 5, endColumn: 8)
        assertError("x = f() = 1\n", .syntax, "cannot assign to function call", line: 1, column: 5, endColumn: 8)
        assertError("f() = x = 1\n", .syntax, "cannot assign to function call", line: 1, column: 1, endColumn: 4)
        assertError("x = 1 = 2\n", .syntax, "cannot assign to literal", line: 1, column: 5, endColumn: 6)
        assertError("x = yield = 1\n", .syntax, "assignment to yield expression not possible", line: 1, column: 5, endColumn: 10)
        assertError("X=None, Y=1j\n", .syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 1, endColumn: 7)
        assertError("3=\n", .syntax, "cannot assign to literal", line: 1, column: 1, endColumn: 2)
        assertError("C()=FORMAT-\n", .syntax, "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, column: 1, endColumn: 4)
        assertError("f() += 1\n", .syntax, "'function call' is an illegal expression for augmented assignment", line: 1, column: 1, endColumn: 4)
        assertError("[a, b] += 1\n", .syntax, "'list' is an illegal expression for augmented assignment", line: 1, column: 1, endColumn: 7)
        assertError("a, b += 1\n", .syntax, "'tuple' is an illegal expression for augmented assignment", line: 1, column: 1, endColumn: 5)
        assertError("a, b: int\n", .syntax, "only single target (not tuple) can be annotated", line: 1, column: 1, endColumn: 2)
        assertError("[a]: int\n", .syntax, "only single target (not list) can be annotated", line: 1, column: 1, endColumn: 4)
        assertError("(a, b): int\n", .syntax, "only single target (not tuple) can be annotated", line: 1, column: 1, endColumn: 7)
        assertError("f(): int\n", .syntax, "illegal target for annotation", line: 1, column: 1, endColumn: 4)
        assertError("a%d:%d\n", .syntax, "invalid syntax", line: 1, column: 4, endColumn: 5)
        assertError("x.y := 1\n", .syntax, "cannot use assignment expressions with attribute", line: 1, column: 1, endColumn: 4)
        assertError("x := 1\n", .syntax, "invalid syntax", line: 1, column: 3, endColumn: 5)
        assertError("(x.y := 1)\n", .syntax, "cannot use assignment expressions with attribute", line: 1, column: 2, endColumn: 5)
        assertError("for f() in x: pass\n", .syntax, "cannot assign to function call", line: 1, column: 5, endColumn: 8)
        assertError("for 1 in y: pass\n", .syntax, "cannot assign to literal", line: 1, column: 5, endColumn: 6)
        assertError("for x, f() in y: pass\n", .syntax, "cannot assign to function call", line: 1, column: 8, endColumn: 11)
        assertError("[x for 1 in y]\n", .syntax, "cannot assign to literal", line: 1, column: 8, endColumn: 9)
        assertError("for x + 1 in y: pass\n", .syntax, "cannot assign to expression", line: 1, column: 5, endColumn: 10)
        assertError("with a as f(): pass\n", .syntax, "cannot assign to function call", line: 1, column: 11, endColumn: 14)
        assertError("with a as 1: pass\n", .syntax, "cannot assign to literal", line: 1, column: 11, endColumn: 12)
        assertError("del f()\n", .syntax, "cannot delete function call", line: 1, column: 5, endColumn: 8)
        assertError("del 1\n", .syntax, "cannot delete literal", line: 1, column: 5, endColumn: 6)
        assertError("del (a, f())\n", .syntax, "cannot delete function call", line: 1, column: 9, endColumn: 12)
        assertError("del a + b\n", .syntax, "cannot delete expression", line: 1, column: 5, endColumn: 10)
        assertError("del *a\n", .syntax, "cannot delete starred", line: 1, column: 5, endColumn: 7)
        assertError("del [a, *b]\n", .syntax, "cannot delete starred", line: 1, column: 9, endColumn: 11)
        assertError("if x = 1:\n  pass\n", .syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 4, endColumn: 9)
        assertError("while x = 1: pass\n", .syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 7, endColumn: 12)
        assertError("if f() = 1: pass\n", .syntax, "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, column: 4, endColumn: 7)
    }

    func testErrorsArguments() {
        assertError("f(a.b=1)\n", .syntax, "expression cannot contain assignment, perhaps you meant \"==\"?", line: 1, column: 3, endColumn: 7)
        assertError("f(True=1)\n", .syntax, "cannot assign to True", line: 1, column: 3, endColumn: 8)
        assertError("f(x=1, 2)\n", .syntax, "positional argument follows keyword argument", line: 1, column: 9, endColumn: 10)
        assertError("f(x=1, 2, 3)\n", .syntax, "positional argument follows keyword argument", line: 1, column: 12, endColumn: 13)
        assertError("f(**k, 2)\n", .syntax, "positional argument follows keyword argument unpacking", line: 1, column: 9, endColumn: 10)
        assertError("f(**k, *a)\n", .syntax, "iterable argument unpacking follows keyword argument unpacking", line: 1, column: 8, endColumn: 9)
        assertError("f(a=1 for a in b)\n", .syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: 1, column: 3, endColumn: 5)
        assertError("f(x for x in y, 1)\n", .syntax, "Generator expression must be parenthesized", line: 1, column: 3, endColumn: 15)
        assertError("f(1, x for x in y)\n", .syntax, "Generator expression must be parenthesized", line: 1, column: 6, endColumn: 18)
        assertError("class C(x for x in L): pass\n", .syntax, "invalid syntax", line: 1, column: 11, endColumn: 14)
        assertError("f(x=1, x=2)\n", .syntax, "keyword argument repeated: x", line: 1, column: 8, endColumn: 11)
    }

    func testErrorsParameters() {
        assertError("def f(a=1, b): pass\n", .syntax, "non-default argument follows default argument", line: 1, column: 12, endColumn: 13)
        assertError("def f(a, a): pass\n", .syntax, "duplicate argument 'a' in function definition", line: 1, column: 10, endColumn: 11)
        assertError("lambda a, a: 1\n", .syntax, "duplicate argument 'a' in function definition", line: 1, column: 11, endColumn: 12)
        assertError("def f(p1, *k1, k1=100): pass\n", .syntax, "duplicate argument 'k1' in function definition", line: 1, column: 12, endColumn: 14)
        assertError("def f(/): pass\n", .syntax, "invalid syntax", line: 1, column: 7, endColumn: 8)
        assertError("def f(/, a): pass\n", .syntax, "at least one argument must precede /", line: 1, column: 7, endColumn: 8)
        assertError("def f(*): pass\n", .syntax, "named arguments must follow bare *", line: 1, column: 7, endColumn: 8)
        assertError("def f(*,): pass\n", .syntax, "named arguments must follow bare *", line: 1, column: 7, endColumn: 8)
        assertError("def f(*, **k): pass\n", .syntax, "named arguments must follow bare *", line: 1, column: 7, endColumn: 8)
        assertError("def f(a, /, b, /): pass\n", .syntax, "/ may appear only once", line: 1, column: 16, endColumn: 17)
        assertError("def f(*a, /): pass\n", .syntax, "/ must be ahead of *", line: 1, column: 11, endColumn: 12)
        assertError("def f(**k, a): pass\n", .syntax, "arguments cannot follow var-keyword argument", line: 1, column: 12, endColumn: 13)
        assertError("def f(*a, *b): pass\n", .syntax, "* argument may appear only once", line: 1, column: 11, endColumn: 12)
        assertError("def f(*a=1): pass\n", .syntax, "var-positional argument cannot have default value", line: 1, column: 9, endColumn: 10)
        assertError("def f(**a=1): pass\n", .syntax, "var-keyword argument cannot have default value", line: 1, column: 10, endColumn: 11)
        assertError("def f(**k, *a): pass\n", .syntax, "arguments cannot follow var-keyword argument", line: 1, column: 12, endColumn: 13)
        assertError("def f(**kwargs, /): pass\n", .syntax, "arguments cannot follow var-keyword argument", line: 1, column: 17, endColumn: 18)
        assertError("def foo(a,d=,c): pass\n", .syntax, "expected default value expression", line: 1, column: 12, endColumn: 13)
        assertError("def foo(a=1,/*,b,c): pass\n", .syntax, "expected comma between / and *", line: 1, column: 14, endColumn: 15)
        assertError("def f((a, b)): pass\n", .syntax, "Function parameters cannot be parenthesized", line: 1, column: 7, endColumn: 13)
        assertError("lambda (a, b): 1\n", .syntax, "Lambda expression parameters cannot be parenthesized", line: 1, column: 8, endColumn: 14)
        assertError("lambda *: 1\n", .syntax, "named arguments must follow bare *", line: 1, column: 9, endColumn: 10)
        assertError("lambda *, **k: 1\n", .syntax, "named arguments must follow bare *", line: 1, column: 11, endColumn: 13)
        assertError("lambda a=1, b: 1\n", .syntax, "non-default argument follows default argument", line: 1, column: 13, endColumn: 14)
        assertError("lambda *a=1: 1\n", .syntax, "var-positional argument cannot have default value", line: 1, column: 10, endColumn: 11)
    }

    func testErrorsContextErrors() {
        assertError("break\n", .syntax, "'break' outside loop", line: 1, column: 1, endColumn: 6)
        assertError("continue\n", .syntax, "'continue' not properly in loop", line: 1, column: 1, endColumn: 9)
        assertError("return 1\n", .syntax, "'return' outside function", line: 1, column: 1, endColumn: 9)
        assertError("yield 1\n", .syntax, "'yield' outside function", line: 1, column: 1, endColumn: 8)
        assertError("await x\n", .syntax, "'await' outside function", line: 1, column: 1, endColumn: 8)
        assertError("def f():\n  await x\n", .syntax, "'await' outside async function", line: 2, column: 3, endColumn: 10)
        assertError("while 1:\n  def f():\n    break\n", .syntax, "'break' outside loop", line: 3, column: 5, endColumn: 10)
        assertError("for x in y:\n  class C:\n    continue\n", .syntax, "'continue' not properly in loop", line: 3, column: 5, endColumn: 13)
        assertError("class C:\n  return 1\n", .syntax, "'return' outside function", line: 2, column: 3, endColumn: 11)
        assertError("class C:\n  yield\n", .syntax, "'yield' outside function", line: 2, column: 3, endColumn: 8)
        assertError("x = lambda: (yield)\nyield\n", .syntax, "'yield' outside function", line: 2, column: 1, endColumn: 6)
        assertError("while x:\n  pass\nelse:\n  break\n", .syntax, "'break' outside loop", line: 4, column: 3, endColumn: 8)
        assertError("def f():\n  [(yield) for x in y]\n", .syntax, "'yield' inside list comprehension", line: 2, column: 5, endColumn: 10)
        assertError("def f():\n  [x for x in (yield)]\n  {(yield) for x in y}\n", .syntax, "'yield' inside set comprehension", line: 3, column: 5, endColumn: 10)
        assertError("*a, *b = c\n", .syntax, "multiple starred expressions in assignment", line: 1, column: 1, endColumn: 7)
        assertError("*a = c\n", .syntax, "starred assignment target must be in a list or tuple", line: 1, column: 1, endColumn: 3)
        assertError("x = *a\n", .syntax, "can't use starred expression here", line: 1, column: 5, endColumn: 7)
        assertError("*a\n", .syntax, "can't use starred expression here", line: 1, column: 1, endColumn: 3)
        assertError("return *a\n", .syntax, "'return' outside function", line: 1, column: 1, endColumn: 10)
        assertError("for *a in b: pass\n", .syntax, "starred assignment target must be in a list or tuple", line: 1, column: 5, endColumn: 7)
        assertError("break\nx = = 1\n", .syntax, "invalid syntax", line: 2, column: 5, endColumn: 6)
        assertError("def f():\n  from m import *\n", .syntax, "import * only allowed at module level", line: 2, column: 17, endColumn: 18)
        assertError("async def f():\n  yield from x\n", .syntax, "'yield from' inside async function", line: 2, column: 3, endColumn: 15)
        assertError("try:\n  pass\nexcept:\n  pass\nexcept A:\n  pass\n", .syntax, "default 'except:' must be last", line: 3, column: 1, endColumn: 8)
        assertError("from __future__ import braces\n", .syntax, "not a chance", line: 1, column: 1, endColumn: 2)
        assertError("from __future__ import nope\n", .syntax, "future feature nope is not defined", line: 1, column: 1, endColumn: 2)
        assertError("x = 1\nfrom __future__ import annotations\n", .syntax, "from __future__ imports must occur at the beginning of the file", line: 2, column: 1, endColumn: 35)
    }

    func testErrorsStatements() {
        assertError("try:\n  pass\nx = 1\n", .syntax, "expected 'except' or 'finally' block", line: 3, column: 1, endColumn: 2)
        assertError("try:\n  pass\nexcept A, B:\n  pass\n", .syntax, "multiple exception types must be parenthesized", line: 3, column: 8, endColumn: 12)
        assertError("try:\n  pass\nexcept A, B as e:\n  pass\n", .syntax, "multiple exception types must be parenthesized", line: 3, column: 8, endColumn: 17)
        assertError("from x import a,\n", .syntax, "trailing comma not allowed without surrounding parentheses", line: 1, column: 17, endColumn: 18)
        assertError("from x import\n", .syntax, "invalid syntax", line: 1, column: 14, endColumn: 15)
        assertError("import\n", .syntax, "invalid syntax", line: 1, column: 7, endColumn: 8)
        assertError("import a.b as c.d\n", .syntax, "invalid syntax", line: 1, column: 16, endColumn: 17)
        assertError("if x:\n  pass\nelse:\n  pass\nelif y:\n  pass\n", .syntax, "invalid syntax", line: 5, column: 1, endColumn: 5)
        assertError("@x\nx = 1\n", .syntax, "invalid syntax", line: 2, column: 1, endColumn: 2)
        assertError("async x\n", .syntax, "invalid syntax", line: 1, column: 7, endColumn: 8)
        assertError("except*\n", .syntax, "invalid syntax", line: 1, column: 1, endColumn: 7)
        assertError("{1: *a}\n", .syntax, "cannot use a starred expression in a dictionary value", line: 1, column: 5, endColumn: 7)
        assertError("{1: **a}\n", .syntax, "invalid syntax", line: 1, column: 5, endColumn: 7)
        assertError("{*a: 1}\n", .syntax, "invalid syntax", line: 1, column: 4, endColumn: 5)
        assertError("{a: 1, b}\n", .syntax, "':' expected after dictionary key", line: 1, column: 8, endColumn: 9)
        assertError("{a:}\n", .syntax, "expression expected after dictionary key and ':'", line: 1, column: 3, endColumn: 4)
        assertError("(*a)\n", .syntax, "cannot use starred expression here", line: 1, column: 2, endColumn: 4)
        assertError("(**a)\n", .syntax, "cannot use double starred expression here", line: 1, column: 2, endColumn: 4)
        assertError("[**a]\n", .syntax, "invalid syntax", line: 1, column: 2, endColumn: 4)
        assertError("{**a for a in b}\n", .syntax, "dict unpacking cannot be used in dict comprehension", line: 1, column: 2, endColumn: 4)
        assertError("[*a for a in b]\n", .syntax, "iterable unpacking cannot be used in comprehension", line: 1, column: 2, endColumn: 4)
        assertError("f(*a for a in b)\n", .syntax, "iterable unpacking cannot be used in comprehension", line: 1, column: 3, endColumn: 5)
        assertError("x = [a, b for a in c]\n", .syntax, "did you forget parentheses around the comprehension target?", line: 1, column: 6, endColumn: 10)
        assertError("x = 1 if True else *a\n", .syntax, "invalid syntax", line: 1, column: 20, endColumn: 21)
    }

    func testErrorsIndentation() {
        assertError("if x:\npass\n", .indentation, "expected an indented block after 'if' statement on line 1", line: 2, column: 1, endColumn: 5)
        assertError("def f():\n  x\n y\n", .indentation, "unindent does not match any outer indentation level", line: 3, column: 3, endColumn: 4)
        assertError("  x = 1\n", .indentation, "unexpected indent", line: 1, column: 2, endColumn: 3)
        assertError("x = 1\n  y = 2\n", .indentation, "unexpected indent", line: 2, column: 2, endColumn: 3)
        assertError("\tx = 1\n", .indentation, "unexpected indent", line: 1, column: 1, endColumn: 2)
        assertError("def f():\n\n", .indentation, "expected an indented block after function definition on line 1", line: 2, column: 1, endColumn: 2)
        assertError("class A:\n", .indentation, "expected an indented block after class definition on line 1", line: 1, column: 9, endColumn: 10)
        assertError("for x in y:\nz\n", .indentation, "expected an indented block after 'for' statement on line 1", line: 2, column: 1, endColumn: 2)
        assertError("while x:\nz\n", .indentation, "expected an indented block after 'while' statement on line 1", line: 2, column: 1, endColumn: 2)
        assertError("with x:\nz\n", .indentation, "expected an indented block after 'with' statement on line 1", line: 2, column: 1, endColumn: 2)
        assertError("try:\nz\n", .indentation, "expected an indented block after 'try' statement on line 1", line: 2, column: 1, endColumn: 2)
        assertError("try:\n  x\nexcept:\nz\n", .indentation, "expected an indented block after 'except' statement on line 3", line: 4, column: 1, endColumn: 2)
        assertError("try:\n  x\nfinally:\nz\n", .indentation, "expected an indented block after 'finally' statement on line 3", line: 4, column: 1, endColumn: 2)
        assertError("if x:\n  y\nelif z:\nz\n", .indentation, "expected an indented block after 'elif' statement on line 3", line: 4, column: 1, endColumn: 2)
        assertError("if x:\n  y\nelse:\nz\n", .indentation, "expected an indented block after 'else' statement on line 3", line: 4, column: 1, endColumn: 2)
        assertError("def f():\n    x = 1\n        y = 2\n", .indentation, "unexpected indent", line: 3, column: 8, endColumn: 9)
        assertError("if x:\n\tif y:\n        pass\n", .tab, "inconsistent use of tabs and spaces in indentation", line: 3, column: 1, endColumn: 2)
        assertError("if x:\n        y = 1\n\tz = 2\n", .tab, "inconsistent use of tabs and spaces in indentation", line: 3, column: 1, endColumn: 2)
        assertError("if x:\n    a\n\tb\n", .tab, "inconsistent use of tabs and spaces in indentation", line: 3, column: 1, endColumn: 2)
        assertError("    \\\nx = 1\n", .indentation, "unexpected indent", line: 2, column: 0, endColumn: 1)
        assertError("  'abc", .indentation, "unexpected indent", line: 1, column: 2, endColumn: 3)
        assertError("  x\n  1abc\n", .indentation, "unexpected indent", line: 1, column: 2, endColumn: 3)
    }

    func testErrorsTokenizer() {
        assertError("x = (1,\n2\n", .syntax, "'(' was never closed", line: 1, column: 5, endColumn: 6)
        assertError("x = )\n", .syntax, "unmatched ')'", line: 1, column: 5, endColumn: 6)
        assertError("x = (]\n", .syntax, "closing parenthesis ']' does not match opening parenthesis '('", line: 1, column: 6, endColumn: 7)
        assertError("x = (1,\n2]\n", .syntax, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", line: 2, column: 2, endColumn: 3)
        assertError("x = {", .syntax, "'{' was never closed", line: 1, column: 5, endColumn: 6)
        assertError("print({)", .syntax, "closing parenthesis ')' does not match opening parenthesis '{'", line: 1, column: 8, endColumn: 9)
        assertError("foo(\nx = = 1\n", .syntax, "'(' was never closed", line: 1, column: 4, endColumn: 5)
        assertError("x = = 1\nfoo(\n", .syntax, "invalid syntax", line: 1, column: 5, endColumn: 6)
        assertError("10{", .syntax, "'{' was never closed", line: 1, column: 3, endColumn: 4)
        assertError("a{b", .syntax, "'{' was never closed", line: 1, column: 2, endColumn: 3)
        assertError("[interesting\nfoo()\n", .syntax, "'[' was never closed", line: 1, column: 1, endColumn: 2)
        assertError("x = 'abc\n", .syntax, "unterminated string literal (detected at line 1)", line: 1, column: 5, endColumn: 6)
        assertError("x = 1\n'''abc\n\n\n", .syntax, "unterminated triple-quoted string literal (detected at line 4)", line: 2, column: 1, endColumn: 2)
        assertError("x = f'abc\n", .syntax, "unterminated string literal (detected at line 1)", line: 1, column: 5, endColumn: 6)
        assertError("x = rb'abc\n", .syntax, "unterminated string literal (detected at line 1)", line: 1, column: 5, endColumn: 6)
        assertError("x = f'''abc\n", .syntax, "unterminated triple-quoted string literal (detected at line 1)", line: 1, column: 5, endColumn: 6)
        assertError("x = '''abc\ndef\n", .syntax, "unterminated triple-quoted string literal (detected at line 2)", line: 1, column: 5, endColumn: 6)
        assertError("x = 'abc\\\ndef\n", .syntax, "unterminated string literal (detected at line 2)", line: 1, column: 5, endColumn: 6)
        assertError("x = ur'abc'\n", .syntax, "invalid syntax", line: 1, column: 7, endColumn: 12)
        assertError("x = 012\n", .syntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line: 1, column: 5, endColumn: 6)
        assertError("x = 0_7\n", .syntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line: 1, column: 5, endColumn: 7)
        assertError("x = 1abc\n", .syntax, "invalid decimal literal", line: 1, column: 5, endColumn: 6)
        assertError("x = 0x\n", .syntax, "invalid hexadecimal literal", line: 1, column: 6, endColumn: 7)
        assertError("x = 1_\n", .syntax, "invalid decimal literal", line: 1, column: 6, endColumn: 7)
        assertError("x = 1__0\n", .syntax, "invalid decimal literal", line: 1, column: 6, endColumn: 7)
        assertError("x = 0b102\n", .syntax, "invalid digit '2' in binary literal", line: 1, column: 9, endColumn: 10)
        assertError("x = 0o8\n", .syntax, "invalid digit '8' in octal literal", line: 1, column: 7, endColumn: 8)
        assertError("x = 1e\n", .syntax, "invalid decimal literal", line: 1, column: 5, endColumn: 6)
        assertError("x = 1e+\n", .syntax, "invalid decimal literal", line: 1, column: 7, endColumn: 8)
        assertError("x = 1._5\n", .syntax, "invalid decimal literal", line: 1, column: 6, endColumn: 7)
        assertError("x = 0b1_\n", .syntax, "invalid binary literal", line: 1, column: 8, endColumn: 9)
        assertError("x = 0x1g\n", .syntax, "invalid hexadecimal literal", line: 1, column: 7, endColumn: 8)
        assertError("x = 1_½\n", .syntax, "invalid decimal literal", line: 1, column: 6, endColumn: 7)
        assertError("123½\n", .syntax, "invalid character '½' (U+00BD)", line: 1, column: 4, endColumn: 5)
        assertError("2Δ\n", .syntax, "invalid syntax", line: 1, column: 2, endColumn: 3)
        assertError("x = €\n", .syntax, "invalid character '€' (U+20AC)", line: 1, column: 5, endColumn: 6)
        assertError("x = a€b\n", .syntax, "invalid character '€' (U+20AC)", line: 1, column: 6, endColumn: 7)
        assertError("x = \u{B} 1\n", .syntax, "invalid non-printable character U+000B", line: 1, column: 5, endColumn: 6)
        assertError("x = \u{A0}1\n", .syntax, "invalid non-printable character U+00A0", line: 1, column: 5, endColumn: 6)
        assertError("x = a\u{200B}b\n", .syntax, "invalid non-printable character U+200B", line: 1, column: 6, endColumn: 7)
        assertError("x = 1 \\ 2\n", .syntax, "unexpected character after line continuation character", line: 1, column: 8, endColumn: 9)
        assertError("x\\y\n", .syntax, "unexpected character after line continuation character", line: 1, column: 3, endColumn: 4)
        assertError("x = 1 +\\\n", .syntax, "unexpected EOF while parsing", line: 1, column: 9, endColumn: 10)
        assertError("x = 1 +\\", .syntax, "unexpected EOF while parsing", line: 1, column: 9, endColumn: 10)
        assertError("\\", .syntax, "unexpected EOF while parsing", line: 1, column: 2, endColumn: 3)
        assertError("a = 1\\\n", .syntax, "unexpected EOF while parsing", line: 1, column: 7, endColumn: 8)
        assertError("x = b'é'\n", .syntax, "bytes can only contain ASCII literal characters", line: 1, column: 5, endColumn: 9)
        assertError("x = b'a' 'b'\n", .syntax, "cannot mix bytes and nonbytes literals", line: 1, column: 13, endColumn: 14)
        assertError("x = 'a' b'b'\n", .syntax, "cannot mix bytes and nonbytes literals", line: 1, column: 13, endColumn: 14)
        assertError("x = ('a'\n   b'c')\n", .syntax, "cannot mix bytes and nonbytes literals", line: 2, column: 8, endColumn: 9)
        assertError("x = '\\x1'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", line: 1, column: 10, endColumn: 11)
        assertError("x = '\\x'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", line: 1, column: 9, endColumn: 10)
        assertError("x = '\\u12'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", line: 1, column: 11, endColumn: 12)
        assertError("x = '\\U1234'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape", line: 1, column: 13, endColumn: 14)
        assertError("x = '\\U00110000'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", line: 1, column: 17, endColumn: 18)
        assertError("x = '\\N{foo}'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", line: 1, column: 14, endColumn: 15)
        assertError("x = '\\N'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", line: 1, column: 9, endColumn: 10)
        assertError("x = b'\\x1'\n", .syntax, "(value error) invalid \\x escape at position 0", line: 1, column: 11, endColumn: 12)
        assertError("x = 'é\\x1'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", line: 1, column: 11, endColumn: 12)
        // CPython 3.11: source code string cannot contain null bytes
        assertError("x = 'a\u{0}b'\n", .syntax, "source code cannot contain null bytes", line: 1, column: 7, endColumn: 8)
    }

    func testErrorsFStrings() {
        assertError("x = f'{}'\n", .syntax, "f-string: empty expression not allowed", line: 1, column: 10, endColumn: 11)
        assertError("x = f'{ }'\n", .syntax, "f-string: empty expression not allowed", line: 1, column: 11, endColumn: 12)
        assertError("x = f'{a'\n", .syntax, "f-string: expecting '}'", line: 1, column: 10, endColumn: 11)
        assertError("x = f'{a!x}'\n", .syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", line: 1, column: 13, endColumn: 14)
        assertError("x = f'{a!}'\n", .syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", line: 1, column: 12, endColumn: 13)
        assertError("x = f'{a!rr}'\n", .syntax, "f-string: expecting '}'", line: 1, column: 14, endColumn: 15)
        assertError("x = f'{a:{b:{c}}}'\n", .syntax, "f-string: expressions nested too deeply", line: 1, column: 19, endColumn: 20)
        assertError("x = f'{\\n}'\n", .syntax, "f-string expression part cannot include a backslash", line: 1, column: 12, endColumn: 13)
        assertError("x = f'{a#}'\n", .syntax, "f-string expression part cannot include '#'", line: 1, column: 12, endColumn: 13)
        assertError("x = f'}'\n", .syntax, "f-string: single '}' is not allowed", line: 1, column: 9, endColumn: 10)
        assertError("x = f'{'\n", .syntax, "f-string: expecting '}'", line: 1, column: 9, endColumn: 10)
        assertError("x = f'{a:'\n", .syntax, "f-string: expecting '}'", line: 1, column: 11, endColumn: 12)
        assertError("x = f'{a=!x}'\n", .syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", line: 1, column: 14, endColumn: 15)
        assertError("x = f'{x = = 1}'\n", .syntax, "f-string: expecting '}'", line: 1, column: 17, endColumn: 18)
        assertError("x = f'{x['a']}'\n", .syntax, "f-string: unmatched '['", line: 1, column: 11, endColumn: 12)
        assertError("x = f'{a)}'\n", .syntax, "f-string: unmatched ')'", line: 1, column: 12, endColumn: 13)
        assertError("x = f'{a(}'\n", .syntax, "f-string: closing parenthesis '}' does not match opening parenthesis '('", line: 1, column: 12, endColumn: 13)
        assertError("x = f'{a]}'\n", .syntax, "f-string: unmatched ']'", line: 1, column: 12, endColumn: 13)
        assertError("x = f'abc' f'{'\n", .syntax, "f-string: expecting '}'", line: 1, column: 16, endColumn: 17)
        assertError("x = 'abc' f'{x!z}'\n", .syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", line: 1, column: 19, endColumn: 20)
        assertError("x = f'{!r}'\n", .syntax, "f-string: expression required before '!'", line: 1, column: 12, endColumn: 13)
        assertError("x = f'{:x}'\n", .syntax, "f-string: expression required before ':'", line: 1, column: 12, endColumn: 13)
        assertError("x = f'{=}'\n", .syntax, "f-string: expression required before '='", line: 1, column: 11, endColumn: 12)
        assertError("x = f'{{}}}'\n", .syntax, "f-string: single '}' is not allowed", line: 1, column: 13, endColumn: 14)
        assertError("x = f'{{{'\n", .syntax, "f-string: expecting '}'", line: 1, column: 11, endColumn: 12)
        assertError("x = f'{\"a}'\n", .syntax, "f-string: unterminated string", line: 1, column: 12, endColumn: 13)
        assertError("x = f'{yield}'\n", .syntax, "'yield' outside function", line: 1, column: 8, endColumn: 13)
        // CPython 3.11 reports 1:2, inside its own "(expression)" copy
        assertError("x = f'{*a}'\n", .syntax, "f-string: cannot use starred expression here", line: 1, column: 8, endColumn: 10)
        // CPython 3.11 reports 1:2, inside its own "(expression)" copy
        assertError("x = f'{**a}'\n", .syntax, "f-string: cannot use double starred expression here", line: 1, column: 8, endColumn: 11)
        // CPython 3.11 reports 1:5, inside its own "(expression)" copy
        assertError("x = f'{1 +}'\n", .syntax, "f-string: invalid syntax", line: 1, column: 11, endColumn: 12)
        // CPython 3.11 reports 1:10, inside its own "(expression)" copy
        assertError("x = f'{lambda x: 1}'\n", .syntax, "f-string: invalid syntax", line: 1, column: 16, endColumn: 17)
        // CPython 3.11 reports 1:4, inside its own "(expression)" copy
        assertError("x = f'{a $ b}'\n", .syntax, "f-string: invalid syntax", line: 1, column: 10, endColumn: 11)
    }

    func testErrorsNesting() {
        assertError(String(repeating: "(", count: 201) + String(repeating: ")", count: 201), .syntax, "too many nested parentheses", line: 1, column: 201, endColumn: 202)
        assertError(String(repeating: "(", count: 100000), .syntax, "too many nested parentheses", line: 1, column: 201, endColumn: 202)
        assertError(String(repeating: "[", count: 300), .syntax, "too many nested parentheses", line: 1, column: 201, endColumn: 202)
    }

    func testErrorsMatchUnsupported() {
        // CPython 3.11: accepted
        assertError("match x:\n    case 1:\n        pass\n", .syntax, "the match statement is not supported by Baozi", line: 1, column: 1, endColumn: 6)
        // CPython 3.11: accepted
        assertError("match (x):\n  case 1: pass\n", .syntax, "the match statement is not supported by Baozi", line: 1, column: 1, endColumn: 6)
        // CPython 3.11: 'async for' outside async function
        assertError("async for x in y: pass\n", .syntax, "'async for' is not supported by Baozi", line: 1, column: 1, endColumn: 6)
        // CPython 3.11: accepted
        assertError("async def f():\n  async with a: pass\n", .syntax, "'async with' is not supported by Baozi", line: 2, column: 3, endColumn: 8)
        // CPython 3.11: accepted
        assertError("try:\n  pass\nexcept* E:\n  pass\n", .syntax, "except* (exception groups) is not supported by Baozi", line: 3, column: 7, endColumn: 8)
        // CPython 3.11: accepted
        assertError("async def f():\n  [x async for x in y]\n", .syntax, "asynchronous comprehensions are not supported by Baozi", line: 2, column: 6, endColumn: 11)
    }

    // MARK: - REPL entries

    func testInteractiveIncompleteInput() {
        assertIncomplete("def f():")
        assertIncomplete("def f():\n")
        assertIncomplete("x = (1,")
        assertIncomplete("x = (1,\n")
        assertComplete("x = )", error: "unmatched ')'")
        assertComplete("x = )\n", error: "unmatched ')'")
        assertIncomplete("if x:\n    pass\n")
        assertComplete("if x:\n    pass\n\n")
        assertIncomplete("'''abc")
        assertIncomplete("'''abc\n")
        assertComplete("'abc\n", error: "unterminated string literal (detected at line 1)")
        assertIncomplete("x = 1 \\\n")
        assertComplete("x = 1\n")
        assertComplete("x = \n", error: "invalid syntax")
        assertIncomplete("if x: pass\n")
        assertComplete("if x: pass\n\n")
        assertIncomplete("@dec\n")
        assertIncomplete("@dec\ndef f(): pass\n")
        assertComplete("@dec\ndef f(): pass\n\n")
        assertIncomplete("class A:\n    def f(self):\n        pass\n")
        assertComplete("class A:\n    def f(self):\n        pass\n\n")
        assertIncomplete("if x:\n    pass\nelse:\n")
        assertIncomplete("x = [\n1,\n2,\n")
        assertComplete("x = [\n1,\n2]\n")
        assertComplete("x = (1 2,\n", error: "invalid syntax. Perhaps you forgot a comma?")
        assertComplete("for x in y:\n    pass\n  \n")
        assertComplete("def f():\n\n", error: "expected an indented block after function definition on line 1")
        assertComplete("x = 1\ny = 2\n", error: "multiple statements found while compiling a single statement")
        assertComplete("")
        assertComplete("\n")
        assertComplete("foo(\nx = = 1\n", error: "invalid syntax")
        assertIncomplete("'abc\\\n")
        assertIncomplete("x = {")
        assertComplete("return 1\n", error: "'return' outside function")
        assertComplete("if x:\n    x = )\n", error: "unmatched ')'")
        assertIncomplete("while True:\n    break\n")
    }

    // MARK: - Positions

    func testPositions() {
        assertTree("x = (a) + b.c(d)",
                   "(=@1:0-1:16 x@1:0-1:1 (+@1:4-1:16 a@1:5-1:6 (call@1:10-1:16 (.@1:10-1:13 b@1:10-1:11 c) d@1:14-1:15)))",
                   positions: true)
        assertTree("if x:\n    y = 1\n\n\nz", "(if@1:0-2:9 x@1:3-1:4 ((=@2:4-2:9 y@2:4-2:5 1@2:8-2:9)) ())\n(expr@5:0-5:1 z@5:0-5:1)",
                   positions: true)
        assertTree("f(x for x in y)",
                   "(expr@1:0-1:15 (call@1:0-1:15 f@1:0-1:1 (genexp@1:1-1:15 x@1:2-1:3 (for x@1:8-1:9 y@1:13-1:14))))",
                   positions: true)
        assertTree("x = 1, 2,", "(=@1:0-1:9 x@1:0-1:1 (tuple@1:4-1:9 1@1:4-1:5 2@1:7-1:8))", positions: true)
        assertTree("def f(a: int = 1, *b): pass",
                   "(def@1:0-1:27 f (params (a@1:6-1:12 : int@1:9-1:12 = 1@1:15-1:16) *b@1:19-1:20) _ ((pass@1:23-1:27)) ())",
                   positions: true)
        assertTree("é = 'ü' + x", "(=@1:0-1:11 é@1:0-1:1 (+@1:4-1:11 \"ü\"@1:4-1:7 x@1:10-1:11))", positions: true)
        // f-string fields point into the file, on the right line even in triple-quoted strings.
        assertTree("f'''a\n{b + c}'''", "(expr@1:0-2:10 (f@1:0-2:10 \"a\\n\" (fmt (+@2:1-2:6 b@2:1-2:2 c@2:5-2:6))))",
                   positions: true)
        // CPython 3.11 places a tuple field at its braces ({a, b} → 1:6-1:12); Baozi at its elements.
        assertTree("x = f'{a, b}'", "(=@1:0-1:13 x@1:0-1:1 (f@1:4-1:13 (fmt (tuple@1:7-1:11 a@1:7-1:8 b@1:10-1:11))))",
                   positions: true)
        assertTree("try:\n  a\nexcept E as e:\n  b",
                   "(try@1:0-4:3 ((expr@2:2-2:3 a@2:2-2:3)) ((except@3:0-4:3 E@3:7-3:8 e ((expr@4:2-4:3 b@4:2-4:3)))) () ())",
                   positions: true)
        assertTree("import a.b as c", "(import@1:0-1:15 (a.b@1:7-1:15 as c))", positions: true)
    }

    func testSelfDocumentingFieldKeepsItsText() {
        guard case .expr(let e)? = try? parse("f'{x = }'", filename: "<test>").body.first?.kind,
              case .fString(let parts) = e.kind, case .field(_, let conversion, let spec, let text)? = parts.first else {
            return XCTFail("expected an f-string field")
        }
        XCTAssertEqual(text, "x = ")
        XCTAssertNil(conversion)
        XCTAssertNil(spec)
    }

    func testBigIntegerLiterals() {
        guard case .assign(_, let value)? = try? parse("x = 0xFFFFFFFFFFFFFFFFFFFF", filename: "<test>").body.first?.kind,
              case .constant(.bigInt(let digits)) = value.kind else {
            return XCTFail("expected a big integer")
        }
        XCTAssertEqual(digits, "1208925819614629174706175")
        XCTAssertEqual(NumberLiteral.decimalDigits(Array("777777777777777777777777".utf8)[...], radix: 8),
                       "4722366482869645213695")
        XCTAssertEqual(NumberLiteral.decimalDigits(Array("0001".utf8)[...], radix: 2), "1")
    }

    // MARK: - Modes

    func testEvalMode() {
        assertTree("1, 2", "(expr (tuple 1 2))", mode: .eval)
        assertTree("x + 1\n\n", "(expr (+ x 1))", mode: .eval)
        assertError("x = 1", "invalid syntax", line: 1, column: 3, endColumn: 4, mode: .eval)
        assertError("*a, b", "invalid syntax", line: 1, column: 1, endColumn: 2, mode: .eval)
        assertError("1\n2", "invalid syntax", line: 2, column: 1, endColumn: 2, mode: .eval)
        assertError("  1", .indentation, "unexpected indent", line: 1, column: 2, mode: .eval)
        assertError("(yield)", "'yield' outside function", line: 1, column: 2, endColumn: 7, mode: .eval)
    }

    func testParseExpressionForEval() throws {
        XCTAssertEqual(ASTDumper.dump(try parseExpression("  a if b else c", filename: "<string>")), "(ifexp b a c)")
        XCTAssertEqual(ASTDumper.dump(try parseExpression("\t[x for x in y]\n", filename: "<string>")),
                       "(listcomp x (for x y))")
        XCTAssertThrowsError(try parseExpression("x = 1", filename: "<string>")) { error in
            XCTAssertEqual((error as? SyntaxError)?.message, "invalid syntax")
            XCTAssertEqual((error as? SyntaxError)?.filename, "<string>")
        }
    }

    func testInteractiveMode() {
        assertTree("x = 1\n", "(= x 1)", mode: .singleInteractive)
        assertTree("if x:\n    y\n\n", "(if x ((expr y)) ())", mode: .singleInteractive)
        assertTree("", "", mode: .singleInteractive)
        assertError("x = 1\ny = 2\n", "multiple statements found while compiling a single statement",
                    line: 1, column: 6, mode: .singleInteractive)
        assertError("if x:\n  pass\ny = 1\n\n", "invalid syntax", line: 3, column: 1, endColumn: 2, mode: .singleInteractive)
        assertComplete("def f():\n    return 1\n\n")
        assertComplete("break\n", error: "'break' outside loop")
    }

    func testErrorCarriesSourceLine() {
        guard let error = syntaxError("x = 1\ny = (1 2)\n") else { return }
        XCTAssertEqual(error.text, "y = (1 2)")
        XCTAssertEqual(error.line, 2)
    }

    func testMatchAndCaseStayNames() {
        assertTree("match = 1\ncase = match\nmatch.x = case[0]\nprint(match, case)",
                   "(= match 1)\n(= case match)\n(= (. match x) ([] case 0))\n(expr (call print match case))")
        assertTree("match(x)\nmatch[1]\n_ = match", "(expr (call match x))\n(expr ([] match 1))\n(= _ match)")
    }

    // MARK: - Limits

    func testNestingLimits() {
        assertError(String(repeating: "(", count: 100_000), "too many nested parentheses", line: 1, column: 201)
        assertError(String(repeating: "-", count: 100_000) + "1", "too complex: expressions nested too deeply",
                    line: 1, column: 1001)
        assertError(String(repeating: "not ", count: 100_000) + "x", "too complex: expressions nested too deeply",
                    line: 1, column: 4001)
        assertError(String(repeating: "lambda: ", count: 5_000) + "1", "too complex: expressions nested too deeply",
                    line: 1, column: 8001)
        assertError(String(repeating: "2**", count: 5_000) + "1", "too complex: expressions nested too deeply",
                    line: 1, column: 3001)
        // Left-deep chains count too: the tree is as deep as the chain is long.
        assertError("1" + String(repeating: " + 1", count: 5_000), "too complex: expressions nested too deeply",
                    line: 1, column: 3999)
        assertError("a" + String(repeating: ".b", count: 5_000), "too complex: expressions nested too deeply",
                    line: 1, column: 2000)
        var blocks = ""
        for depth in 0..<101 { blocks += String(repeating: " ", count: depth) + "if x:\n" }
        assertError(blocks + String(repeating: " ", count: 101) + "pass\n", .indentation,
                    "too many levels of indentation", line: 101, column: 1)
        // What CPython accepts still parses (on the main thread's stack).
        XCTAssertNotNil(tree(String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199)))
        XCTAssertNotNil(tree(String(repeating: "-(", count: 150) + "1" + String(repeating: ")", count: 150)))
        XCTAssertNotNil(tree("1" + String(repeating: " + 1", count: 900)))
        XCTAssertNotNil(tree("x = [" + String(repeating: "1, ", count: 100_000) + "]"))
        XCTAssertNotNil(tree(String(repeating: "a = ", count: 10_000) + "1"))
    }

    func testSmallThreadStackGivesSyntaxErrorNotCrash() {
        let source = String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199)
        let outcome = ThreadResult("")
        let thread = Thread {
            do {
                _ = try parse(source, filename: "<test>")
                outcome.value = "parsed"
            } catch let error as SyntaxError {
                outcome.value = error.message
            } catch {
                outcome.value = "\(error)"
            }
        }
        thread.stackSize = 256 * 1024
        let done = expectation(description: "parsed on a small stack")
        let parser = ThreadResult(thread)
        let waiter = Thread {
            while !parser.value.isFinished { usleep(1000) }
            done.fulfill()
        }
        thread.start()
        waiter.start()
        wait(for: [done], timeout: 60)
        XCTAssertTrue(outcome.value == "parsed" || outcome.value == "too complex: expressions nested too deeply for the stack",
                      outcome.value)
    }

    func testLargeInputIsLinear() throws {
        // 20,000 statements; a quadratic step would take minutes.
        let line = "result = [value * 2 for value in range(10) if value % 3] + list(f'{x!r:>10}' for x in 'abc')\n"
        let source = String(repeating: line, count: 20_000)
        let start = Date()
        XCTAssertEqual(try parse(source, filename: "<big>").body.count, 20_000)
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
    }
}

/// A value written by another thread and read after it is joined (the join orders the accesses).
private final class ThreadResult<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}
