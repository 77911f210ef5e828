// The read-eval-print loop: read lines into an entry, run the entry in `__main__`, print
// what it printed or raised, and go on until Ctrl-D or exit().

import BaoziCore

final class REPL {
    private let interp: Interpreter
    private let reader: LineReader
    private let style: Style
    private var buffer = EntryBuffer()

    init(interpreter: Interpreter, reader: LineReader, style: Style) {
        self.interp = interpreter
        self.reader = reader
        self.style = style
    }

    /// The one-line greeting shown when the REPL starts without a script.
    static var banner: String {
        "Baozi \(Interpreter.version) (Python 3.11 language) - help(obj) for help, exit() or Ctrl-D to leave\n"
    }

    /// Runs until end of input or SystemExit; returns the exit status. Suspended generators
    /// and greenlets left by the session are finalized on the way out.
    func run() -> Int32 {
        let status = readEvalPrint()
        interp.shutdown()
        return status
    }

    private func readEvalPrint() -> Int32 {
        while true {
            // A Ctrl-C that arrived after the last entry finished is stale.
            interp.takeInterrupt()
            switch reader.read(prompt: buffer.prompt) {
            case .endOfInput:
                interp.host.write("\n", toStandardError: false)
                interp.host.flush()
                return 0
            case .interrupted:
                // Like python3: the half-typed entry is dropped.
                buffer.reset()
                interp.host.write("\nKeyboardInterrupt\n", toStandardError: true)
            case .line(let line):
                guard case .complete(let source) = buffer.add(line) else { continue }
                reader.addHistory(EntryBuffer.historyText(of: source))
                if let status = runEntry(source) { return status }
            }
        }
    }

    /// Runs one entry; returns an exit status if the entry asked to leave.
    private func runEntry(_ source: String) -> Int32? {
        // A Ctrl-C pressed since the line was read is kept: it interrupts this entry.
        switch interp.runInteractiveEntry(source) {
        case .finished:
            return nil
        case .failed(let traceback):
            interp.host.write(style.traceback(traceback), toStandardError: true)
            return nil
        case .exited(let status):
            return status
        }
    }
}
