// Where the REPL's lines come from: libedit on a terminal (EditLineReader), plain standard
// input otherwise, or a list of lines in tests.

import BaoziCore
import Foundation

/// One result of asking for a line.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C while the line was being typed.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

protocol LineReader: AnyObject {
    func read(prompt: String) -> LineInput
    /// Remembers a finished entry for recall (a no-op where there is no history).
    func addHistory(_ entry: String)
}

/// Standard input that is not a terminal (`baozi -i script.py < input`): prompts go to
/// standard error, as python3 does, so that standard output holds only the program's output.
final class PlainLineReader: LineReader {
    private let wasInterrupted: () -> Bool

    init(wasInterrupted: @escaping () -> Bool) {
        self.wasInterrupted = wasInterrupted
    }

    func read(prompt: String) -> LineInput {
        FileHandle.standardError.write(prompt.data(using: .utf8)!)
        if let line = Swift.readLine(strippingNewline: true) { return .line(line) }
        return wasInterrupted() ? .interrupted : .endOfInput
    }

    func addHistory(_ entry: String) {}
}
