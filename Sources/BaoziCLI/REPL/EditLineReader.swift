// Lines from the terminal through libedit's readline-compatible API: emacs editing keys,
// Ctrl-R reverse search, history and Tab completion.

@preconcurrency import CEditLine
import BaoziCore
#if canImport(Glibc)
import Glibc
#endif

final class EditLineReader: LineReader {
    private let history: History
    private let style: Style
    private let wasInterrupted: () -> Bool

    /// libedit's completion callback is a C function without a context argument, so the
    /// completer it consults lives here. There is one terminal, hence one reader.
    nonisolated(unsafe) fileprivate static var completer: Completer?

    init(completer: Completer, history: History, style: Style, wasInterrupted: @escaping () -> Bool) {
        self.history = history
        self.style = style
        self.wasInterrupted = wasInterrupted
        EditLineReader.completer = completer
        // Without a UTF-8 locale libedit silently drops non-ASCII input.
        if setlocale(LC_CTYPE, "") == nil || String(cString: setlocale(LC_CTYPE, nil)) == "C" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        rl_readline_name = UnsafePointer(strdup("baozi"))
        rl_basic_word_break_characters = UnsafePointer(strdup(Completer.wordBreakCharacters))
        rl_completer_word_break_characters = strdup(Completer.wordBreakCharacters)
        // Candidates carry their own suffix ("print(", "import "), so libedit adds none.
        rl_completion_append_character = 0
        rl_attempted_completion_function = completeWord
        _ = rl_initialize()
        _ = rl_parse_and_bind("bind ^R em-inc-search-prev")
        history.load()
    }

    func read(prompt: String) -> LineInput {
        fflush(stdout)
        guard let raw = readline(style.prompt(prompt)) else {
            return wasInterrupted() ? .interrupted : .endOfInput
        }
        defer { free(raw) }
        return .line(String(cString: raw))
    }

    func addHistory(_ entry: String) { history.add(entry) }
}

/// libedit's completion callback: the word before the cursor (split at the completer's
/// break characters) in, a malloc'ed array of candidates out, which libedit frees.
private func completeWord(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    // Never fall back to libedit's file-name completion.
    rl_attempted_completion_over = 1
    guard let text, let completer = EditLineReader.completer else { return nil }
    let line = rl_line_buffer.map { Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: Int(start))) } ?? []
    let candidates = completer.complete(word: String(cString: text), before: String(decoding: line, as: UTF8.self))
    guard !candidates.isEmpty else { return nil }
    // Slot 0 is what replaces the word (the common prefix); the candidates follow.
    let items = candidates.count == 1 ? candidates : [commonPrefix(candidates)] + candidates
    let array = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (items.count + 1))!
        .bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: items.count + 1)
    for (i, item) in items.enumerated() { array[i] = strdup(item) }
    array[items.count] = nil
    return array
}
