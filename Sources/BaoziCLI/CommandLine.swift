// The `baozi` command: run a script, a -c string or standard input.

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

    @ArgumentParser.Argument(parsing: .captureForPassthrough, help: "Script file ('-' for standard input) and its arguments.")
    var script: [String] = []

    public init() {}

    public func run() throws {
        // Options before the script name: the script's own arguments are passed through
        // untouched, so the ones baozi knows are recognised here.
        if command == nil, let first = script.first, first.hasPrefix("-"), first != "-" {
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
        let source: String
        let filename: String
        var argv: [String]
        if let command {
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
        // The process ends right after the run: the interpreter is never freed, since releasing
        // every heap object one by one cost 4% of a run that leaves a big heap (dicts_strings).
        _ = Unmanaged.passRetained(interp)
        switch interp.runMain(source: source, filename: filename) {
        case .finished: return
        case .exited(let code): throw ExitCode(code)
        }
    }
}

#if canImport(Glibc)
/// glibc's `mallopt` (declared in <malloc.h>, which the Glibc module does not export).
@_silgen_name("mallopt")
private func glibcMallopt(_ param: Int32, _ value: Int32) -> Int32
#endif
