// The terminal around the REPL: whether to use colour, and Ctrl-C turned into an interrupt
// request instead of killing the process.

import BaoziCore
#if canImport(Glibc)
import Glibc
#endif

/// ANSI colours for the prompt and tracebacks, or plain text when they are off.
struct Style {
    let enabled: Bool

    /// Colour only on a terminal that can show it, and never when NO_COLOR is set
    /// (https://no-color.org).
    static func forStream(_ fd: Int32, environment: [String: String]) -> Style {
        let term = environment["TERM"] ?? ""
        let ok = isatty(fd) == 1 && !term.isEmpty && term != "dumb" && environment["NO_COLOR"] == nil
        return Style(enabled: ok)
    }

    /// A prompt for libedit: the escape sequences are wrapped in \u{1} markers so that
    /// libedit does not count them as visible columns. libedit prints a marked sequence
    /// together with the character after it, so the reset goes before the prompt's last
    /// character (a trailing one would never be printed).
    func prompt(_ text: String) -> String {
        guard enabled, let last = text.last else { return text }
        return "\u{1}\u{1b}[1;35m\u{1}" + text.dropLast() + "\u{1}\u{1b}[0m\u{1}" + String(last)
    }

    /// A traceback with its frame lines dimmed and the exception line in bold red.
    func traceback(_ text: String) -> String {
        guard enabled else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for i in lines.indices {
            if lines[i].hasPrefix("  File ") {
                lines[i] = "\u{1b}[35m" + lines[i] + "\u{1b}[0m"
            } else if i == lines.count - 1 {
                lines[i] = "\u{1b}[1;31m" + lines[i] + "\u{1b}[0m"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Routes SIGINT to an interpreter's interrupt request. The handler only stores to the
/// interpreter's atomic flag, which is all a signal handler may safely do; the running code
/// raises KeyboardInterrupt at its next safe point, and a blocked `readline` returns nil.
enum InterruptSignal {
    /// Unretained, so the handler does no reference counting; the REPL keeps the
    /// interpreter alive while the handler is installed.
    nonisolated(unsafe) private static var target: Unmanaged<Interpreter>?

    static func install(for interp: Interpreter) {
        target = Unmanaged.passUnretained(interp)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            InterruptSignal.target?._withUnsafeGuaranteedRef { $0.requestInterrupt() }
        }
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a blocking read (input(), the prompt) returns EINTR and notices.
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }
}
