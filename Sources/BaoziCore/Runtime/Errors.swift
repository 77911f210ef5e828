// Raising Python exceptions from Swift.

extension Interpreter {
    /// A new exception instance of `type` with a message argument.
    func makeException(_ type: TypeObj, _ message: String?) -> ExceptionObj {
        let args: ContiguousArray<Value> = message.map { [newStr($0)] } ?? []
        return heap.track(ExceptionObj(args: args, type: type))
    }

    func error(_ type: TypeObj, _ message: String) -> PyError {
        PyError(makeException(type, message))
    }

    func typeError(_ message: String) -> PyError { error(types.exceptions.typeError, message) }
    func valueError(_ message: String) -> PyError { error(types.exceptions.valueError, message) }
    func indexError(_ message: String) -> PyError { error(types.exceptions.indexError, message) }
    func attributeError(_ message: String) -> PyError { error(types.exceptions.attributeError, message) }
    func overflowError(_ message: String) -> PyError { error(types.exceptions.overflowError, message) }
    /// CPython's error for a length or index that does not fit a machine word.
    func ssizeOverflow() -> PyError { overflowError("Python int too large to convert to C ssize_t") }
    func zeroDivision(_ message: String) -> PyError { error(types.exceptions.zeroDivisionError, message) }
    func runtimeError(_ message: String) -> PyError { error(types.exceptions.runtimeError, message) }
    func nameError(_ message: String) -> PyError { error(types.exceptions.nameError, message) }
    func notImplemented(_ what: String) -> PyError {
        error(types.exceptions.notImplementedError, "\(what) is not supported by Baozi")
    }

    func keyError(_ key: Value) -> PyError {
        PyError(heap.track(ExceptionObj(args: [key], type: types.exceptions.keyError)))
    }

    func stopIteration(_ value: Value = .pyNone) -> PyError {
        let args: ContiguousArray<Value> = value.isNone ? [] : [value]
        return PyError(heap.track(ExceptionObj(args: args, type: types.exceptions.stopIteration)))
    }

    /// Raises TypeError "'X' object is not ..." style messages.
    func typeError(_ value: Value, isNot what: String) -> PyError {
        typeError("'\(typeName(value))' object is not \(what)")
    }

    /// Whether an exception is an instance of the given class.
    func isInstance(_ e: ExceptionObj, _ t: TypeObj) -> Bool { e.type.isSubtype(of: t) }
}
