// Host functions, modules and classes as scripts see them.

import BaoziCore
import XCTest

final class Counter {
    var value: Int
    init(_ value: Int) { self.value = value }
}

final class HostFunctionTests: XCTestCase {
    func testHostFunctionGetsConvertedArguments() throws {
        let c = Captured()
        c.vm.define("scale", parameters: ["value", "factor?"]) { args in
            try args.double("value") * (args.has(1) ? args.double("factor") : 2)
        }
        try c.vm.run(source: "print(scale(3), scale(1.5, factor=4), scale(value=2, factor=True))\n")
        XCTAssertEqual(c.printed, "6.0 6.0 2.0\n")
    }

    /// Count and type mismatches raise TypeError with CPython's wording, which the script can catch.
    func testHostFunctionRaisesTypeErrorOnBadInput() throws {
        let c = Captured()
        c.vm.define("repeat", parameters: ["text", "times"]) { args in
            String(repeating: try args.string("text"), count: max(0, try args.int("times")))
        }
        try c.vm.run(source: """
            print(repeat('ab', 3))
            for call in [lambda: repeat('ab'), lambda: repeat(), lambda: repeat('a', 2, 3),
                         lambda: repeat('a', times='x'), lambda: repeat(5, 1),
                         lambda: repeat('a', 1, times=2), lambda: repeat('a', 1, count=2)]:
                try:
                    call()
                except TypeError as e:
                    print(e)
            """)
        XCTAssertEqual(c.printed, """
            ababab
            repeat() missing 1 required positional argument: 'times'
            repeat() missing 2 required positional arguments: 'text' and 'times'
            repeat() takes 2 positional arguments but 3 were given
            repeat() argument 'times' must be int, not str
            repeat() argument 'text' must be str, not int
            repeat() got multiple values for argument 'times'
            repeat() got an unexpected keyword argument 'count'

            """)
    }

    func testHostFunctionThrowsPythonExceptions() throws {
        let c = Captured()
        c.vm.define("lookup", parameters: ["key"]) { args in
            let key = try args.string(0)
            if key == "boom" { throw ScriptError("KeyError", "boom") }
            if key == "swift" { throw CocoaLikeError() }
            return key.count
        }
        try c.vm.run(source: """
            print(lookup('abc'))
            try:
                lookup('boom')
            except LookupError as e:
                print('caught', type(e).__name__, e)
            try:
                lookup('swift')
            except RuntimeError as e:
                print('caught', type(e).__name__, e)
            """)
        XCTAssertEqual(c.printed, "3\ncaught KeyError 'boom'\ncaught RuntimeError a Swift error\n")
        // Uncaught, it reaches the host with a traceback through the script.
        XCTAssertThrowsError(try c.vm.run(source: "def f():\n    lookup('boom')\nf()\n", filename: "main.py")) { error in
            let e = error as? ScriptError
            XCTAssertEqual(e?.summary, "KeyError: 'boom'")
            XCTAssertTrue(e?.traceback.contains("line 2, in f") ?? false, e?.traceback ?? "")
        }
    }

    /// A host function calls back into the script; the script's exception passes through it
    /// unchanged (same object).
    func testHostFunctionCallsBackIntoTheScript() throws {
        let c = Captured()
        c.vm.define("apply_twice", parameters: ["f", "x"]) { args in
            try args[0](try args[0](args[1]))
        }
        try c.vm.run(source: """
            print(apply_twice(lambda v: v * 3, 2))
            class Stop(Exception): pass
            def fail(v): raise Stop(v)
            try:
                apply_twice(fail, 'x')
            except Stop as e:
                print('Stop', e.args)
            """)
        XCTAssertEqual(c.printed, "18\nStop ('x',)\n")
    }

    func testRegisteredModule() throws {
        let c = Captured()
        var logged: [String] = []
        c.vm.register(module: "tool") { m in
            m.define("log", parameters: ["message"]) { args in logged.append(try args.string(0)); return nil }
            m.define("env") { args in ["positional": args.count, "keywords": args.keywords.count] }
            try? m.set("VERSION", "1.2")
        }
        try c.vm.run(source: """
            import tool
            from tool import log
            log('hello ' + tool.VERSION)
            print(tool.env(1, 2, a=3), tool.log)
            """)
        XCTAssertEqual(logged, ["hello 1.2"])
        XCTAssertEqual(c.printed, "{'keywords': 1, 'positional': 2} <built-in function log>\n")
    }

    func testHostClassWithMethodsAndProperties() throws {
        let c = Captured()
        let counterClass = c.vm.defineClass("Counter", module: "tool") { cls in
            cls.initializer(parameters: ["start?"]) { args in Counter(args.has(0) ? try args.int(0) : 0) }
            cls.method("increment", parameters: ["by?"]) { this, args in
                let counter = this.hostObject(as: Counter.self)!
                counter.value += args.has(0) ? try args.int(0) : 1
                return counter.value
            }
            cls.property("value", get: { this in this.hostObject(as: Counter.self)?.value },
                         set: { this, v in
                             guard let n = v.asInt else { throw ScriptError("TypeError", "value must be int") }
                             this.hostObject(as: Counter.self)?.value = n
                         })
            cls.property("doubled", get: { this in (this.hostObject(as: Counter.self)?.value ?? 0) * 2 })
        }
        try c.vm.setGlobal("Counter", counterClass)
        let shared = Counter(100)
        try c.vm.setGlobal("shared", c.vm.wrap(shared, as: counterClass))
        try c.vm.run(source: """
            k = Counter(5)
            k.increment()
            print(k.increment(by=10), k.value, k.doubled, type(k).__name__, Counter)
            k.value = 1
            print(k.value)
            for bad in ['k.value = "x"', 'k.doubled = 3', 'Counter.increment(3)', 'Counter(1, 2)']:
                try:
                    exec(bad)
                except (TypeError, AttributeError) as e:
                    print(type(e).__name__, e)
            shared.increment()
            """)
        XCTAssertEqual(shared.value, 101)
        XCTAssertEqual(c.printed, """
            16 16 32 Counter <class 'tool.Counter'>
            1
            TypeError value must be int
            AttributeError property 'doubled' of 'Counter' object has no setter
            TypeError descriptor 'increment' for 'Counter' objects doesn't apply to a 'int' object
            TypeError Counter() takes from 0 to 1 positional arguments but 2 were given

            """)
    }
}

private struct CocoaLikeError: Error, CustomStringConvertible {
    var description: String { "a Swift error" }
}
