// Python exceptions as Swift errors, in both directions: an exception escaping a script reaches
// the host as a `ScriptError`, and a host function throws one to raise a Python exception.

/// A Python exception: one that escaped a script, or one a host function raises.
///
/// Thrown by every `Interpreter` and `ScriptValue` operation that runs script code. A host
/// function throws `ScriptError("ValueError", "bad rule")` to raise `ValueError: bad rule` in
/// the script; rethrowing an error it caught raises the same exception object again.
public struct ScriptError: Error, CustomStringConvertible {
    /// The exception's class as a traceback names it: `ValueError`, `gevent.exceptions.LoopExit`.
    public let typeName: String
    /// `str()` of the exception (empty for `raise ValueError`).
    public let message: String
    /// The traceback as Python prints it, ending with the `Type: message` line; empty for an
    /// error a host made that was never raised.
    public let traceback: String
    /// The exception object; nil for an error a host made that was never raised.
    public let exception: ScriptValue?
    /// The budget whose exhaustion stopped the script, if that is what happened.
    public let budget: BudgetKind?

    /// An exception for a host function to throw: `typeName` names a builtin exception class
    /// (`"TypeError"`, `"KeyError"`, ...; anything else raises `RuntimeError`).
    public init(_ typeName: String, _ message: String) {
        self.typeName = typeName
        self.message = message
        self.traceback = ""
        self.exception = nil
        self.budget = nil
    }

    init(typeName: String, message: String, traceback: String, exception: ScriptValue, budget: BudgetKind?) {
        self.typeName = typeName
        self.message = message
        self.traceback = traceback
        self.exception = exception
        self.budget = budget
    }

    /// The `Type: message` line, as the end of a traceback shows it.
    public var summary: String { message.isEmpty ? typeName : "\(typeName): \(message)" }

    /// The traceback, or the summary when there is none.
    public var description: String { traceback.isEmpty ? summary : traceback }

    /// True when the exception is an instance of the builtin class `typeName` or a subclass
    /// (`isInstance(of: "LookupError")` for a KeyError).
    public func isInstance(of typeName: String) -> Bool {
        guard let e = exception?.value.asObject as? ExceptionObj, let interp = exception?.interpreter,
              let cls = interp.builtins.getString(interp.intern(typeName))?.asObject as? TypeObj else {
            return self.typeName == typeName
        }
        return e.type.isSubtype(of: cls)
    }
}

extension Interpreter {
    /// A Python exception escaping to the host.
    /// `budget` is the budget exceeded during the host call, which the exception reports
    /// when it is the budget's own.
    func scriptError(_ e: PyError, budget exceeded: BudgetKind?) -> ScriptError {
        let ex = e.exception
        var budget: BudgetKind? = nil
        if exceeded == .steps, let t = embedding.stepBudgetType, ex.type === t { budget = .steps }
        if exceeded == .memory, ex.type === types.exceptions.memoryError { budget = .memory }
        return ScriptError(typeName: exceptionDisplayName(ex.type), message: (try? exceptionStr(ex)) ?? "",
                           traceback: formatTraceback(ex), exception: ScriptValue(Value(ex), in: self), budget: budget)
    }

    /// A Swift error thrown by host code, as the Python exception to raise.
    func pyError(fromHost error: Error) -> PyError {
        switch error {
        case let e as PyError:
            return e
        case let e as ScriptError:
            if let ex = e.exception?.value.asObject as? ExceptionObj, e.exception?.interpreter === self { return PyError(ex) }
            let cls = builtins.getString(intern(e.typeName))?.asObject as? TypeObj
            let type = cls.flatMap { $0.isSubtype(of: types.exceptions.baseException) ? $0 : nil } ?? types.exceptions.runtimeError
            return PyError(makeException(type, e.message))
        default:
            return runtimeError(String(describing: error))
        }
    }
}
