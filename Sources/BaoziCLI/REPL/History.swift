// The REPL's history file: where it is, loading it, and saving it bounded in size.

@preconcurrency import CEditLine
import Foundation

/// libedit's history list, persisted across sessions. The file is in libedit's own format
/// (not GNU readline's), which keeps multi-line entries as one entry.
struct History {
    /// Entries kept in memory and in the file.
    static let limit: Int32 = 1000

    let path: String?

    /// `$BAOZI_HISTORY`, else `~/.baozi_history`; nil when neither can be known. An empty
    /// BAOZI_HISTORY turns the history file off.
    static func path(environment: [String: String]) -> String? {
        if let p = environment["BAOZI_HISTORY"] { return p.isEmpty ? nil : p }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.baozi_history"
    }

    /// Starts libedit's history, bounded, with the file's entries if it exists.
    func load() {
        using_history()
        stifle_history(History.limit)
        if let path, FileManager.default.fileExists(atPath: path) {
            _ = read_history(path)
        }
    }

    /// Adds a finished entry (unless it repeats the previous one) and rewrites the file, so
    /// the entry survives even if the session is killed.
    func add(_ entry: String) {
        guard !entry.isEmpty else { return }
        if history_length > 0, let last = history_get(history_base + history_length - 1),
           let line = last.pointee.line, String(cString: line) == entry {
            return
        }
        _ = add_history(entry)
        if let path { _ = write_history(path) }
    }
}
