// The checks every native method and function passes before its body runs: the receiver's
// type, the argument count and the keyword names, with CPython's TypeError messages. A body may
// then read `args[i]` for every i below the signature's minimum without a bounds check of its own.

/// What CPython accepts for one native callable (see NativeSignatures.swift, generated from
/// python3 by Tests/Fuzz/gen_native_signatures.py). Counts exclude the receiver.
struct NativeSignature {
    let min: Int
    /// 99 stands for "any number".
    let max: Int
    /// The names that may be passed by keyword.
    let keywords: [String]
    /// A slot wrapper (`__add__`, `__getitem__`): its wrong-receiver messages are worded differently.
    var isSlot = false
    /// Messages for too few or too many positional arguments ({n}: the count given) and for an
    /// unknown keyword ({k}); nil when CPython cannot get there.
    let tooFew: String?
    let tooMany: String?
    let badKeyword: String?

    /// Throws CPython's TypeError when `count` positional arguments and the keywords `names`
    /// do not fit.
    func check(count: Int, names: ArraySlice<StrObj>, in interp: Interpreter) throws {
        for name in names where !keywords.contains(name.value) {
            throw interp.typeError((badKeyword ?? "takes no keyword arguments").replacingOccurrences(of: "{k}", with: name.value))
        }
        let given = count + names.count
        if given < min {
            throw interp.typeError(Self.fill(tooFew, count) ?? "expected at least \(min) arguments, got \(count)")
        }
        if count > max {
            throw interp.typeError(Self.fill(tooMany, count) ?? "expected at most \(max) arguments, got \(count)")
        }
    }

    private static func fill(_ template: String?, _ n: Int) -> String? {
        template?.replacingOccurrences(of: "{n}", with: String(n))
    }
}

extension Interpreter {
    /// Binary operator dunders Baozi defines where CPython has none (`float.__ror__`): one operand.
    static func binaryDunderSignature(_ name: String) -> NativeSignature? {
        let operators = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul", "and", "or",
                         "xor", "lshift", "rshift", "divmod"]
        guard name.hasPrefix("__") && name.hasSuffix("__") else { return nil }
        var core = name.dropFirst(2).dropLast(2)
        // __rshift__ is itself an operator; __rrshift__ and __ior__ are its reflected and in-place forms.
        if !operators.contains(String(core)) && (core.hasPrefix("r") || core.hasPrefix("i")) { core = core.dropFirst() }
        guard operators.contains(String(core)) else { return nil }
        let message = "expected 1 argument, got {n}"
        return NativeSignature(min: 1, max: 1, keywords: [], isSlot: true, tooFew: message, tooMany: message,
                               badKeyword: "wrapper \(name)() takes no keyword arguments")
    }

    static let classReceivingMethods: Set<String> = ["__new__", "__init_subclass__", "__subclasshook__", "__class_getitem__"]

    /// Wraps the body of a builtin type's method so that it runs only with a receiver of the
    /// type and, when CPython's signature is known, with an argument list CPython accepts.
    func checkedMethod(_ type: TypeObj, _ name: String, _ body: @escaping NativeFunction) -> NativeFunction {
        // These receive a class, not an instance, and check it themselves.
        if Self.classReceivingMethods.contains(name) { return body }
        let signature = nativeSignatureTable["\(type.name).\(name)"] ?? Self.binaryDunderSignature(name)
        let isSlot = signature?.isSlot ?? name.hasPrefix("__")
        return { interp, args in
            guard args.positionalCount > 0 else {
                if isSlot { throw interp.typeError("descriptor '\(name)' of '\(type.name)' object needs an argument") }
                throw interp.typeError("unbound method \(type.name).\(name)() needs an argument")
            }
            let receiverType = interp.typeOf(args[0])
            if receiverType !== type && !receiverType.isSubtype(of: type) {
                if isSlot {
                    throw interp.typeError("descriptor '\(name)' requires a '\(type.name)' object but received a '\(receiverType.name)'")
                }
                throw interp.typeError("descriptor '\(name)' for '\(type.name)' objects doesn't apply to a '\(receiverType.name)' object")
            }
            try signature?.check(count: args.positionalCount - 1, names: args.names, in: interp)
            return try body(interp, args)
        }
    }

    /// Wraps the body of a module's native function (`math.isnan`) with the argument checks of
    /// CPython's signature, when the table knows it.
    func checkedFunction(module: String, _ name: String, _ body: @escaping NativeFunction) -> NativeFunction {
        guard let signature = nativeSignatureTable["\(module).\(name)"] else { return body }
        return { interp, args in
            try signature.check(count: args.positionalCount, names: args.names, in: interp)
            return try body(interp, args)
        }
    }
}
