// What the generator machinery (Coroutines/) needs to know about a suspended tree frame.
//
// A suspended frame says where it is by the item on top of its work stack: a `yield from` node
// at step 3 with only the sub-iterator on its stack is delegating.

extension Frame {
    /// True for a tree frame suspended in a `yield from` (its sub-iterator is the top value).
    var treeIsDelegating: Bool {
        let c = code
        let workSlot = c.treeWorkSlot
        guard c.treeRoot != nil, sp > workSlot, case .int(let wp) = slots[workSlot], wp < c.treeWorkEnd else { return false }
        let (n, step) = Interpreter.decodeWork(slots[wp])
        return n.kind == .yieldFrom && step == 3 && sp == Int(n.depth) + 1
    }

    /// True when the frame is suspended at a `yield from`.
    var isAtYieldFrom: Bool { treeIsDelegating }

    /// True for a tree frame with a `try` or `with` running around where it is suspended:
    /// throwing GeneratorExit in may run code (close() runs it then).
    var treeHasHandlers: Bool {
        let c = code
        let workSlot = c.treeWorkSlot
        guard sp > workSlot, case .int(var wp) = slots[workSlot] else { return false }
        while wp < c.treeWorkEnd {
            let (n, _) = Interpreter.decodeWork(slots[wp])
            if n.kind == .tryStmt || n.kind == .withStmt { return true }
            wp += 1
        }
        return false
    }

    /// Whether an exception raised where the frame is suspended may be handled in it.
    var mayHandleException: Bool { treeHasHandlers }
}
