// What a host decides when it creates an interpreter: what scripts may touch (capabilities),
// how much they may use (budgets), where their modules come from, and where their standard
// streams go.

import Foundation

/// What a script may touch beyond computation. An embedded interpreter grants nothing unless
/// the host says so; the `baozi` program grants everything. A script that uses something
/// not granted gets a `PermissionError` naming the capability.
public struct Capabilities: OptionSet, Sendable, Hashable {
    /// The set's bits.
    public let rawValue: Int
    /// Creates a set from its raw bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `open()` and the file functions of `os` (`listdir`, `remove`, `getcwd`, `os.path.exists`, ...).
    public static let files = Capabilities(rawValue: 1 << 0)
    /// Sockets and name lookups.
    public static let network = Capabilities(rawValue: 1 << 1)
    /// `os.environ` and `os.getenv`.
    public static let environment = Capabilities(rawValue: 1 << 2)
    /// `sys.exit()`, `exit()` and `quit()`: ending the program (the host still decides what
    /// ending means; the library never exits the process itself).
    public static let processExit = Capabilities(rawValue: 1 << 3)
    /// The calendar clock (`time.time()`, `time.time_ns()`); the monotonic clocks are always there.
    public static let wallClock = Capabilities(rawValue: 1 << 4)

    /// Everything: what the `baozi` program grants.
    public static let all: Capabilities = [.files, .network, .environment, .processExit, .wallClock]

    /// The name a `PermissionError` uses for a single capability.
    var name: String {
        switch self {
        case .files: return "files"
        case .network: return "network"
        case .environment: return "environment"
        case .processExit: return "process exit"
        case .wallClock: return "wall clock"
        default: return "capabilities \(rawValue)"
        }
    }
}

/// Limits that stop a runaway script. A script that exceeds one gets an exception it cannot
/// catch and ignore (it is raised again at every safe point until the script has unwound to the
/// host), and the host gets a `ScriptError` whose `budget` says which limit it was.
public struct Budgets: Sendable, Equatable {
    /// Steps (loop iterations: backward jumps) one call from the host may run; nil: no limit.
    /// Each `run`, `evaluate`, `call` and hub drive from the host starts with the full budget.
    /// Calls are not counted yet: a runaway recursion without loops is stopped by the recursion
    /// limit, a deep but finite call tree only by `requestInterrupt()` from a watchdog.
    public var steps: Int?
    /// Estimated bytes the script's live objects may occupy; nil: no limit. Checked at safe
    /// points and before single big allocations (`"x" * n`), after a collection has run.
    public var memoryBytes: Int?

    /// Creates budgets; nil means unlimited.
    public init(steps: Int? = nil, memoryBytes: Int? = nil) {
        self.steps = steps
        self.memoryBytes = memoryBytes
    }
}

/// Which limit a script ran into.
public enum BudgetKind: Sendable, Equatable {
    /// `Budgets.steps`: raised as `StepBudgetExceeded` (a `BaseException`).
    case steps
    /// `Budgets.memoryBytes`: raised as `MemoryError`.
    case memory
}

/// A module's source as a loader found it.
public struct ModuleSource: Sendable, Equatable {
    /// The module's code.
    public var source: String
    /// The file name tracebacks show.
    public var filename: String
    /// True for a package (`__init__.py`): its submodules are imported as `name.sub`.
    public var isPackage: Bool

    /// Creates a module source.
    public init(source: String, filename: String, isPackage: Bool = false) {
        self.source = source
        self.filename = filename
        self.isPackage = isPackage
    }
}

/// Where `import name` finds modules that are neither built into Baozi nor already loaded.
/// The loader is asked with the full dotted name; returning nil means "no such module"
/// (`ModuleNotFoundError`). Throwing fails the import with that error.
public struct ModuleLoader: Sendable {
    let find: @Sendable (_ name: String, _ searchPath: [String]) throws -> ModuleSource?

    /// Creates a loader from a closure given the dotted module name.
    public init(_ find: @escaping @Sendable (_ name: String) throws -> ModuleSource?) {
        self.find = { name, _ in try find(name) }
    }

    private init(withPath find: @escaping @Sendable (_ name: String, _ searchPath: [String]) throws -> ModuleSource?) {
        self.find = find
    }

    /// No modules beyond Baozi's own library.
    public static let none = ModuleLoader { _ in nil }

    /// Modules from a table of sources keyed by dotted name (`"tool.rules"`); a package is
    /// found when some key starts with its name and a dot.
    public static func table(_ modules: [String: String]) -> ModuleLoader {
        ModuleLoader { name in
            let isPackage = modules.keys.contains { $0.hasPrefix(name + ".") }
            guard let source = modules[name] ?? (isPackage ? "" : nil) else { return nil }
            return ModuleSource(source: source, filename: "<\(name)>", isPackage: isPackage)
        }
    }

    /// `.py` files and packages in the directories of `sys.path`, as Python finds them: what
    /// the `baozi` program uses.
    public static let files = ModuleLoader(withPath: { name, searchPath in
        let fm = FileManager.default
        let rel = name.replacingOccurrences(of: ".", with: "/")
        for dir in searchPath {
            // An empty entry is the current directory; like os.path.join, it adds no prefix
            // (tracebacks then show "mod.py", not "./mod.py").
            let prefix = dir.isEmpty ? "" : dir + "/"
            let file = prefix + rel + ".py"
            let pkgInit = prefix + rel + "/__init__.py"
            if fm.fileExists(atPath: file) {
                return ModuleSource(source: try String(contentsOfFile: file, encoding: .utf8), filename: file)
            }
            if fm.fileExists(atPath: pkgInit) {
                return ModuleSource(source: try String(contentsOfFile: pkgInit, encoding: .utf8), filename: pkgInit, isPackage: true)
            }
        }
        return nil
    })
}

/// Everything a host chooses when it creates an `Interpreter`. The defaults grant nothing
/// beyond computation: no capabilities, no modules beyond Baozi's own library, no limits,
/// output to the process's standard output and error, no standard input.
public struct InterpreterOptions {
    /// What scripts may touch beyond computation.
    public var capabilities: Capabilities = []
    /// Limits on steps and memory.
    public var budgets = Budgets()
    /// Where `import` finds modules that are not built in.
    public var moduleLoader: ModuleLoader = .none
    /// `sys.argv`.
    public var arguments: [String] = []
    /// `sys.path`: the directories (or any names the loader understands) handed to the loader.
    public var searchPath: [String] = []
    /// Receives what the script writes to `sys.stdout` (`print`); nil: the process's stdout.
    public var standardOutput: ((String) -> Void)?
    /// Receives what the script writes to `sys.stderr`; nil: the process's stderr.
    public var standardError: ((String) -> Void)?
    /// Gives `input()` one line without its newline, or nil at end of input (`EOFError`);
    /// nil: no standard input. The prompt was written to standard output before.
    public var standardInput: (() -> String?)?

    /// Options that grant nothing; set the fields you need.
    public init() {}
}

/// A host made of the closures in `InterpreterOptions`.
final class ClosureHost: ScriptHost {
    let output: (String) -> Void
    let errorOutput: (String) -> Void
    let input: () -> String?

    /// The process's streams, for the ones the host did not redirect.
    let standard = StandardHost()

    init(_ options: InterpreterOptions) {
        let standard = self.standard
        output = options.standardOutput ?? { standard.write($0, toStandardError: false) }
        errorOutput = options.standardError ?? { standard.write($0, toStandardError: true) }
        input = options.standardInput ?? { nil }
    }

    func write(_ text: String, toStandardError: Bool) {
        if toStandardError { errorOutput(text) } else { output(text) }
    }
    func flush() { standard.flush() }
    func readLine(prompt: String) -> String? {
        if !prompt.isEmpty { output(prompt) }
        return input()
    }
}

/// The per-interpreter state of the embedding API (the `Interpreter.embedding` field).
final class EmbeddingState {
    var capabilities: Capabilities = []
    var moduleLoader: ModuleLoader = .none
    var budgets = Budgets()
    var budget = BudgetState()
    /// How many calls from the host are active (a host function may call back in).
    var entryDepth = 0
    /// The thread `Interpreter.stackGuard` was measured on.
    var stackGuardThread: pthread_t?
    /// `baozi.StepBudgetExceeded`, made on first use.
    var stepBudgetType: TypeObj?
    /// Classes of host objects, by name (`Interpreter.defineClass`).
    var hostClasses: [String: TypeObj] = [:]
    /// Suspensions made by suspending host functions and not resumed yet.
    var pendingSuspensions = 0
}

extension Interpreter {
    /// Creates an interpreter as `options` say. An interpreter is not thread-safe: use it
    /// (and its values) from one thread at a time; several interpreters may run on several
    /// threads at once.
    public convenience init(_ options: InterpreterOptions) {
        self.init(host: ClosureHost(options), argv: options.arguments)
        capabilities = options.capabilities
        moduleLoader = options.moduleLoader
        budgets = options.budgets
        searchPath.items = ContiguousArray(options.searchPath.map { newStr($0) })
    }

    /// What scripts may touch beyond computation; may be changed between runs.
    public var capabilities: Capabilities {
        get { embedding.capabilities }
        set { embedding.capabilities = newValue }
    }

    /// Where `import` finds modules that are not built in.
    public var moduleLoader: ModuleLoader {
        get { embedding.moduleLoader }
        set { embedding.moduleLoader = newValue }
    }

    /// Limits on steps and memory, applied from the next call from the host on.
    public var budgets: Budgets {
        get { embedding.budgets }
        set {
            embedding.budgets = newValue
            let tracking = newValue.memoryBytes != nil
            if tracking && !heap.footprintTracking { heap.measureFootprint() }
            heap.footprintTracking = tracking
            heap.footprintLimit = newValue.memoryBytes ?? Int.max
            // Past the limit, the next safe point checks the budget.
            heap.footprintAlarm = tracking ? { [unowned self] in self.cutBudgetWindowShort() } : nil
        }
    }
}
