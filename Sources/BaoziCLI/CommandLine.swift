// The `baozi` command: run a script, a -c string or standard input, or the REPL.

import ArgumentParser
import BaoziCore
import Foundation

public struct BaoziCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "baozi",
        abstract: "Run Baozi (Python-compatible) programs.",
        version: Interpreter.version
    )

    @Option(name: .customShort("c"), help: "Program passed in as a string.")
    var command: String?

    @Option(name: .customShort("m"), help: "Run a library module as a script (the rest of the arguments are its own).")
    var module: String?

    @Flag(name: .customShort("i"), help: "Open the interactive prompt after running the script or command, in its globals.")
    var inspect = false

    @ArgumentParser.Argument(parsing: .captureForPassthrough, help: "Script file ('-' for standard input) and its arguments.")
    var script: [String] = []

    public init() {}

    public func run() throws {
        // Options before the script name: the script's own arguments are passed through
        // untouched, so the ones baozi knows are recognised here.
        if command == nil, module == nil, let first = script.first, first.hasPrefix("-"), first != "-" {
            switch first {
            case "--version", "-V":
                print("Baozi \(Interpreter.version)")
                return
            case "--help", "-h":
                print(BaoziCommand.helpMessage())
                return
            default:
                FileHandle.standardError.write("baozi: unknown option \(first)\n\(BaoziCommand.usageString())\nTry `baozi --help' for more information.\n".data(using: .utf8)!)
                throw ExitCode(2)
            }
        }
        let host = StandardHost()
        // No program given: a terminal gets the REPL (so does `-i`); other input is a program.
        if command == nil && module == nil && script.isEmpty && (inspect || isatty(0) == 1) {
            let interp = Interpreter(host: host, argv: [""])
            interp.grantEverything()
            interp.prepareInteractiveMain()
            let status = startREPL(interp, banner: true)
            if status != 0 { throw ExitCode(status) }
            return
        }
        let source: String
        let filename: String
        var argv: [String]
        if let module {
            guard let found = Interpreter.moduleMainSource(module) else {
                FileHandle.standardError.write("baozi: No module named \(module)\n".data(using: .utf8)!)
                throw ExitCode(1)
            }
            source = found.source
            filename = found.filename
            argv = [found.filename.hasPrefix("<") ? "baozi -m \(module)" : found.filename] + script
        } else if let command {
            source = command
            filename = "<string>"
            argv = ["-c"] + script
        } else if let first = script.first, first != "-" {
            guard let data = FileManager.default.contents(atPath: first) else {
                let reason = FileManager.default.fileExists(atPath: first) ? "Permission denied" : "No such file or directory"
                FileHandle.standardError.write("baozi: can't open file '\(first)': [Errno 2] \(reason)\n".data(using: .utf8)!)
                throw ExitCode(2)
            }
            source = String(decoding: data, as: UTF8.self)
            filename = first
            argv = script
        } else {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            source = String(decoding: data, as: UTF8.self)
            filename = "<stdin>"
            argv = script.isEmpty ? [""] : script
        }
        #if canImport(Glibc)
        // No glibc fastbins: the collector frees garbage in bulk, and consolidating fastbins
        // on later allocations took ~10% of allocation-heavy runs (dicts_strings).
        _ = glibcMallopt(1 /* M_MXFAST */, 0)
        #endif
        let interp = Interpreter(host: host, argv: argv)
        interp.grantEverything()
        if inspect {
            // Like python3 -i: the REPL opens in the program's globals whatever happened.
            if isatty(0) == 1 { InterruptSignal.install(for: interp) }
            _ = interp.runMain(source: source, filename: filename, inspect: true)
            let status = startREPL(interp, banner: false)
            if status != 0 { throw ExitCode(status) }
            return
        }
        // Ctrl-C raises KeyboardInterrupt in the script, as in python3.
        InterruptSignal.install(for: interp)
        // The process ends right after the run: the interpreter is never freed, since releasing
        // every heap object one by one cost 4% of a run that leaves a big heap (dicts_strings).
        _ = Unmanaged.passRetained(interp)
        switch interp.runMain(source: source, filename: filename) {
        case .finished: return
        case .exited(let code): throw ExitCode(code)
        }
    }

    /// Runs the REPL on the interpreter's `__main__`: libedit on a terminal, plain lines
    /// (prompts on standard error) otherwise. Returns the exit status.
    private func startREPL(_ interp: Interpreter, banner: Bool) -> Int32 {
        let env = ProcessInfo.processInfo.environment
        InterruptSignal.install(for: interp)
        let reader: LineReader
        if isatty(0) == 1 {
            let completer = Completer(source: interp)
            let history = History(path: History.path(environment: env))
            reader = EditLineReader(completer: completer, history: history, style: Style.forStream(1, environment: env),
                                    wasInterrupted: { interp.takeInterrupt() })
        } else {
            reader = PlainLineReader(wasInterrupted: { interp.takeInterrupt() })
        }
        if banner { interp.host.write(REPL.banner, toStandardError: true) }
        let repl = REPL(interpreter: interp, reader: reader, style: Style.forStream(2, environment: env))
        return withExtendedLifetime(interp) { repl.run() }
    }
}

#if canImport(Glibc)
/// glibc's `mallopt` (declared in <malloc.h>, which the Glibc module does not export).
@_silgen_name("mallopt")
private func glibcMallopt(_ param: Int32, _ value: Int32) -> Int32
#endif

extension Interpreter {
    /// The program trusts its scripts: every capability, modules from files on sys.path.
    func grantEverything() {
        capabilities = .all
        moduleLoader = .files
    }
}
