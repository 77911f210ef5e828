// Runtime invariants that need no compiled code: containers, hashing, the collector.

import XCTest
@testable import BaoziCore

final class RuntimeTests: XCTestCase {
    func ints(_ vs: [Value]) -> [Int] {
        vs.map { if case .int(let i) = $0 { return i } else { return Int.min } }
    }

    /// What a suspended greenlet or generator level costs is set by these sizes: a frame is
    /// 48 bytes of header followed by its 16-byte slots in one allocation (5 slots: 128 bytes).
    func testFrameLayoutStaysSmall() throws {
        XCTAssertEqual(MemoryLayout<FrameContext>.size, 8)
        XCTAssertEqual(MemoryLayout<ReturnAction>.size, 8)
        XCTAssertEqual(MemoryLayout<FrameHeader>.size, 32)
        XCTAssertEqual(MemoryLayout<Value>.stride, 16)
        let interp = Interpreter()
        let code = CodeObj(name: "f", qualname: "f", filename: "<test>", firstLine: 1, type: interp.types.code)
        code.varNames = ["a", "b"]
        code.stackSize = 3
        code.finalize()
        let frame = interp.makeFrame(code, globals: interp.newDictObj())
        let start = UnsafeMutableRawPointer(Unmanaged.passUnretained(frame).toOpaque())
        XCTAssertEqual(UnsafeMutableRawPointer(frame.slots) - start, 48)
        XCTAssertEqual(frame.sp, 2)
        XCTAssertTrue((0..<5).allSatisfy { frame.slots[$0].isUnbound })
        XCTAssertTrue(frame.globals === code.globals)
    }

    func testCodeRunWithOtherGlobalsIsACopy() throws {
        let interp = Interpreter()
        let code = CodeObj(name: "m", qualname: "m", filename: "<test>", firstLine: 1, type: interp.types.code)
        code.finalize()
        let g1 = interp.newDictObj(), g2 = interp.newDictObj()
        XCTAssertTrue(code.bound(to: g1, heap: interp.heap) === code)
        XCTAssertTrue(code.bound(to: g1, heap: interp.heap) === code)
        let other = code.bound(to: g2, heap: interp.heap)
        XCTAssertFalse(other === code)
        XCTAssertTrue(other.globals === g2 && code.globals === g1)
    }

    func testSetIteratesInCPythonOrder() throws {
        let interp = Interpreter()
        func make(_ xs: [Int]) throws -> SetObj {
            let s = interp.newSetObj()
            for x in xs { try s.add(.int(x), interp) }
            return s
        }
        XCTAssertEqual(ints(try make([3, 1, 2]).elements), [1, 2, 3])
        XCTAssertEqual(ints(try make([100, 5, 37, 8, 64, 13]).elements), [64, 100, 37, 5, 8, 13])
        // hash(-1) == hash(-2) == -2: the collision is resolved as CPython's probing does.
        XCTAssertEqual(ints(try make([-1, -2, 7, 1_000_000, 33]).elements), [1000000, 33, 7, -2, -1])
        let s = try make(Array(0..<20))
        try s.discard(.int(5), interp)
        try s.add(.int(105), interp)
        XCTAssertEqual(ints(s.elements), Array(0..<5) + Array(6..<20) + [105])
    }

    func testDictKeepsInsertionOrderThroughDeletesAndGrowth() throws {
        let interp = Interpreter()
        let d = interp.newDictObj()
        for i in 0..<100 { try d.set(.int(i), .int(i * i), interp) }
        for i in stride(from: 0, to: 100, by: 3) { try d.remove(.int(i), interp) }
        try d.set(.int(0), .int(-1), interp)
        let keys = ints(d.keys)
        XCTAssertEqual(keys.first, 1)
        XCTAssertEqual(keys.last, 0)
        XCTAssertEqual(d.count, 100 - 34 + 1)
        XCTAssertEqual(try d.get(.int(50), interp).map { ints([$0]) }, [2500])
        XCTAssertNil(try d.get(.int(3), interp))
    }

    func testStringKeysAreFoundByContent() throws {
        let interp = Interpreter()
        let d = interp.newDictObj()
        for i in 0..<50 { d.setString(interp.newStrObj("k\(i)"), .int(i)) }
        XCTAssertEqual(d.getString(interp.newStrObj("k42")).map { ints([$0]) }, [42])
        // Python compares code points, not canonical equivalence: é precomposed != e + combining.
        try d.set(interp.newStr("\u{E9}"), .int(1), interp)
        XCTAssertNil(try d.get(interp.newStr("e\u{301}"), interp))
    }

    func testEqualNumbersHashEqually() throws {
        let interp = Interpreter()
        XCTAssertEqual(try interp.hash(.int(1)), try interp.hash(.float(1.0)))
        XCTAssertEqual(try interp.hash(.bool(true)), try interp.hash(.int(1)))
        XCTAssertEqual(try interp.hash(.int(-1)), -2)
        let big = interp.newInt(BigIntFromString("123456789012345678901234567890"))
        XCTAssertEqual(try interp.hash(big), try interp.hash(interp.newInt(BigIntFromString("123456789012345678901234567890"))))
    }

    func testCollectorReclaimsCycles() throws {
        let interp = Interpreter()
        interp.collect()
        let before = interp.heap.liveCount
        // Lists that contain themselves and dicts that point at each other: garbage once dropped.
        for _ in 0..<10_000 {
            let l = interp.newList([Value]())
            (l.asObject as! ListObj).items.append(l)
            let a = interp.newDictObj(), b = interp.newDictObj()
            a.setString(interp.intern("other"), Value(b))
            b.setString(interp.intern("other"), Value(a))
        }
        XCTAssertGreaterThan(interp.heap.liveCount, before + 30_000)
        interp.collect()
        XCTAssertLessThanOrEqual(interp.heap.liveCount, before + 10)
    }
}

import BigInt
func BigIntFromString(_ s: String) -> BigInt { BigInt(s)! }
