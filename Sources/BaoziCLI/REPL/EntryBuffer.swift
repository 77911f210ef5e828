// Assembling REPL entries from lines: a line either completes an entry or asks for more
// (`... `), following the parser's notion of incomplete input.

import BaoziCore

/// The lines of the entry being typed.
struct EntryBuffer {
    /// What the REPL does after a line.
    enum Status: Equatable {
        /// Nothing to run (an empty line at `>>> `).
        case empty
        /// Prompt with `... ` and read another line.
        case needMore
        /// Run this source (it may still hold a syntax error, which running reports).
        case complete(String)
    }

    private(set) var lines: [String] = []

    var isEmpty: Bool { lines.isEmpty }
    var prompt: String { lines.isEmpty ? ">>> " : "... " }

    mutating func reset() { lines = [] }

    /// Adds what the line reader returned. Text holding newlines is an entry recalled from
    /// history as one piece: it is complete without the empty line a compound statement
    /// otherwise needs.
    mutating func add(_ text: String) -> Status {
        let newLines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.isEmpty && newLines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { return .empty }
        lines += newLines
        var status = check()
        if status == .needMore && newLines.count > 1 && !(newLines.last ?? "").isEmpty {
            lines.append("")
            status = check()
            if status == .needMore { lines.removeLast() }
        }
        if case .complete = status { lines = [] }
        return status
    }

    /// The entry as one history item: its lines without the closing empty line.
    static func historyText(of source: String) -> String {
        var text = source
        while text.last == "\n" { text.removeLast() }
        return text
    }

    private func check() -> Status {
        let source = lines.joined(separator: "\n") + "\n"
        if EntryBuffer.isIncomplete(source) { return .needMore }
        return .complete(source)
    }

    /// Whether the parser wants more lines: an open bracket, string or backslash, or a
    /// compound statement not yet closed by an empty line.
    static func isIncomplete(_ source: String) -> Bool {
        do {
            _ = try parse(source, filename: "<stdin>", mode: .singleInteractive)
            return false
        } catch let e as SyntaxError {
            return e.isIncomplete
        } catch {
            return false
        }
    }
}
