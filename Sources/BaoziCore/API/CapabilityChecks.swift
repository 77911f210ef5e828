// Capability checks: the one function every operation that reaches outside the interpreter
// (files, environment, process exit, wall clock, network) calls first.

extension Interpreter {
    /// Raises `PermissionError` unless the host granted `capability`; `operation` names what
    /// the script tried (`open()`, `os.environ`).
    func require(_ capability: Capabilities, _ operation: String) throws {
        if !embedding.capabilities.contains(capability) {
            throw error(types.exceptions.permissionError,
                        "\(operation) is not allowed: the host has not granted the '\(capability.name)' capability")
        }
    }
}
