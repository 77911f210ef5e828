// Values held by the host stay alive across collections; running code, evaluating and calling
// from the host; Python exceptions as ScriptError; conversions both ways.

import BaoziCore
import Foundation
import XCTest

/// An interpreter whose output is kept.
final class Captured {
    final class Box { var text = "" }
    private let out = Box()
    private let err = Box()
    let vm: Interpreter

    init(_ configure: (inout InterpreterOptions) -> Void = { _ in }) {
        var options = InterpreterOptions()
        let out = self.out, err = self.err
        options.standardOutput = { out.text += $0 }
        options.standardError = { err.text += $0 }
        configure(&options)
        vm = Interpreter(options)
    }

    var printed: String { out.text }
    var printedErrors: String { err.text }
}

final class HandleTests: XCTestCase {
    /// The crash: a list returned to the host, then enough allocation that the
    /// collector runs, then the list used again.
    func testValueReturnedToTheHostSurvivesCollections() throws {
        let vm = Interpreter(InterpreterOptions())
        try vm.run(source: "def make():\n    return [str(i) for i in range(5)]\n")
        let v = try XCTUnwrap(vm.global("make")).call()
        try vm.run(source: "for i in range(300000): t = [str(i)]\n")
        vm.collectGarbage()
        XCTAssertEqual(v.debugDescription, "['0', '1', '2', '3', '4']")
        XCTAssertEqual(try v.count(), 5)
    }

    func testHandleSurvivesAHundredCollections() throws {
        let vm = Interpreter(InterpreterOptions())
        let d = try vm.evaluate("{'k': [1, 2, {'deep': 'x' * 3}]}")
        for i in 0..<100 {
            try vm.run(source: "garbage = [[j] for j in range(200)]\ncycle = []\ncycle.append(cycle)\n")
            vm.collectGarbage()
            if i % 25 == 0 { XCTAssertEqual(try d["k"][2]["deep"].asString, "xxx") }
        }
        XCTAssertEqual(d.debugDescription, "{'k': [1, 2, {'deep': 'xxx'}]}")
    }

    func testDroppedHandlesAreReleased() throws {
        let vm = Interpreter(InterpreterOptions())
        let before = vm.heldValueCount
        do {
            let list = try vm.evaluate("[1, 2, 3]")
            XCTAssertEqual(list.asArray?.count, 3)
            XCTAssertEqual(vm.heldValueCount, before + 1)
        }
        XCTAssertEqual(vm.heldValueCount, before)
    }

    /// 10,000 calls from the host into a script function and back out through a host function:
    /// neither the handle table nor the heap grows.
    func testTenThousandCallsLeaveMemoryFlat() throws {
        let vm = Interpreter(InterpreterOptions())
        vm.define("twice", parameters: ["s"]) { args in try args.string("s") + args.string("s") }
        try vm.run(source: "def work(n, tag):\n    return {'n': n, 'tag': twice(tag), 'items': [n] * 3}\n")
        let work = try XCTUnwrap(vm.global("work"))
        func batch(_ count: Int) throws {
            for i in 0..<count {
                let r = try work(i, "ab")
                XCTAssertEqual(try r["n"].asInt, i)
            }
        }
        try batch(1000)
        vm.collectGarbage()
        let handles = vm.heldValueCount
        let objects = vm.liveObjectCount
        try batch(10_000)
        vm.collectGarbage()
        XCTAssertEqual(vm.heldValueCount, handles)
        XCTAssertLessThan(vm.liveObjectCount, objects + 100, "heap grew from \(objects) to \(vm.liveObjectCount)")
    }

    func testRunEvaluateAndGlobals() throws {
        let c = Captured()
        try c.vm.run(source: "x = 6 * 7\nprint('hi', x)\n")
        XCTAssertEqual(c.printed, "hi 42\n")
        XCTAssertEqual(try c.vm.evaluate("1 + 2").asInt, 3)
        XCTAssertEqual(c.vm.global("x")?.asInt, 42)
        XCTAssertNil(c.vm.global("nope"))
        try c.vm.setGlobal("name", "swift")
        XCTAssertEqual(try c.vm.evaluate("name.upper()").asString, "SWIFT")
    }

    func testRunFile() throws {
        let path = NSTemporaryDirectory() + "baozi-embed-\(UUID().uuidString).py"
        try "def f():\n    return 1 / 0\nresult = 'loaded'\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let vm = Interpreter(InterpreterOptions())
        try vm.runFile(path)
        XCTAssertEqual(vm.global("result")?.asString, "loaded")
        XCTAssertThrowsError(try vm.evaluate("f()")) { error in
            let e = error as? ScriptError
            XCTAssertEqual(e?.typeName, "ZeroDivisionError")
            XCTAssertTrue(e?.traceback.contains("File \"\(path)\", line 2, in f\n    return 1 / 0\n") ?? false, e?.traceback ?? "")
        }
        XCTAssertThrowsError(try vm.runFile(path + ".missing")) { error in
            XCTAssertEqual((error as? ScriptError)?.typeName, "FileNotFoundError")
        }
    }

    func testPythonExceptionsArriveAsScriptError() throws {
        let vm = Interpreter(InterpreterOptions())
        try vm.run(source: "def check(x):\n    if x < 0:\n        raise ValueError(f'negative: {x}')\n    return x\n", filename: "rules.py")
        let check = try XCTUnwrap(vm.global("check"))
        XCTAssertEqual(try check(5).asInt, 5)
        XCTAssertThrowsError(try check(-2)) { error in
            guard let e = error as? ScriptError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.typeName, "ValueError")
            XCTAssertEqual(e.message, "negative: -2")
            XCTAssertEqual(e.summary, "ValueError: negative: -2")
            XCTAssertTrue(e.isInstance(of: "Exception"))
            XCTAssertEqual(e.traceback, """
            Traceback (most recent call last):
              File "rules.py", line 3, in check
                raise ValueError(f'negative: {x}')
            ValueError: negative: -2

            """)
            XCTAssertEqual((try? e.exception?.attribute("args"))??.debugDescription, "('negative: -2',)")
        }
        XCTAssertThrowsError(try vm.run(source: "x = (1,\n")) { error in
            XCTAssertEqual((error as? ScriptError)?.typeName, "SyntaxError")
        }
        XCTAssertThrowsError(try vm.evaluate("{}['missing']")) { error in
            XCTAssertEqual((error as? ScriptError)?.summary, "KeyError: 'missing'")
        }
    }

    func testConversions() throws {
        let vm = Interpreter(InterpreterOptions())
        let v = try vm.evaluate("[1, 2.5, True, None, 'é', b'\\x00\\xff', 2 ** 100, (3, 4), {'a': 1}]")
        let items = try XCTUnwrap(v.asArray)
        XCTAssertEqual(items[0].asInt, 1)
        XCTAssertEqual(items[1].asDouble, 2.5)
        XCTAssertEqual(items[2].asBool, true)
        XCTAssertNil(items[2].asInt)
        XCTAssertTrue(items[3].isNone)
        XCTAssertEqual(items[4].asString, "é")
        XCTAssertEqual(items[5].asBytes, [0, 255])
        XCTAssertNil(items[6].asInt)
        XCTAssertEqual(items[6].asIntegerString, "1267650600228229401496703205376")
        XCTAssertEqual(items[7].asArray?.compactMap { $0.asInt }, [3, 4])
        XCTAssertEqual(items[8].asDictionary?["a"]?.asInt, 1)
        XCTAssertEqual(items[8].typeName, "dict")

        let made = try vm.list([1, 2.5, true, "s", Data([1, 2]), vm.noneValue, [1, 2], ["k": 3] as [String: Int], vm.integer("-123456789012345678901234567890")!])
        XCTAssertEqual(made.debugDescription, "[1, 2.5, True, 's', b'\\x01\\x02', None, [1, 2], {'k': 3}, -123456789012345678901234567890]")
        XCTAssertEqual(try vm.tuple([1, "a"]).debugDescription, "(1, 'a')")
        XCTAssertEqual(try vm.dictionary(["b": 1, "a": 2]).debugDescription, "{'b': 1, 'a': 2}")
        XCTAssertEqual(try (nil as Int?).scriptValue(in: vm).isNone, true)
        XCTAssertNil(vm.integer("12x"))
    }

    func testItemsAttributesCallsAndIteration() throws {
        let vm = Interpreter(InterpreterOptions())
        try vm.run(source: """
        class Point:
            def __init__(self, x, y=0):
                self.x, self.y = x, y
            def moved(self, dx, *, dy=0):
                return Point(self.x + dx, self.y + dy)
            def __repr__(self):
                return f'Point({self.x}, {self.y})'
        def gen(n):
            for i in range(n):
                yield i * i
        """)
        let pointClass = try XCTUnwrap(vm.global("Point"))
        let p = try pointClass.call([1], keywords: ["y": 2])
        XCTAssertEqual(try p.attribute("x").asInt, 1)
        try p.setAttribute("x", 10)
        XCTAssertEqual(try p.callMethod("moved", [5], keywords: ["dy": 1]).debugDescription, "Point(15, 3)")
        XCTAssertTrue(try p.hasAttribute("y"))
        XCTAssertFalse(try p.hasAttribute("z"))
        XCTAssertThrowsError(try p.attribute("z")) { error in
            XCTAssertEqual((error as? ScriptError)?.summary, "AttributeError: 'Point' object has no attribute 'z'")
        }
        XCTAssertThrowsError(try p.callMethod("moved", [1, 2])) { error in
            XCTAssertEqual((error as? ScriptError)?.summary, "TypeError: Point.moved() takes 2 positional arguments but 3 were given")
        }
        let d = try vm.evaluate("{}")
        try d.setItem("k", [1, 2])
        XCTAssertEqual(try d["k"][1].asInt, 2)
        XCTAssertEqual(try vm.global("gen")!(4).elements().compactMap { $0.asInt }, [0, 1, 4, 9])
        var seen: [Int] = []
        try vm.evaluate("range(10)").forEach { v in seen.append(v.asInt ?? -1); return seen.count < 3 }
        XCTAssertEqual(seen, [0, 1, 2])
        XCTAssertTrue(try vm.evaluate("[0]").isTruthy())
        XCTAssertFalse(try vm.evaluate("''").isTruthy())
        XCTAssertTrue(try vm.evaluate("1.0").equals(1))
        XCTAssertTrue(pointClass.isCallable)
        XCTAssertEqual(p.description, "Point(10, 2)")
    }

    func testValuesOfAnotherInterpreterAreRefused() throws {
        let a = Interpreter(InterpreterOptions())
        let b = Interpreter(InterpreterOptions())
        let list = try a.evaluate("[1]")
        XCTAssertThrowsError(try b.setGlobal("x", list)) { error in
            XCTAssertEqual((error as? ScriptError)?.typeName, "TypeError")
        }
    }
}
