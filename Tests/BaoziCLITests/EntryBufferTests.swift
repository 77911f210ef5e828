// Entry assembly: which lines complete a REPL entry and which ask for more.

@testable import BaoziCLI
import XCTest

final class EntryBufferTests: XCTestCase {
    /// Feeds lines and returns the status after each.
    private func statuses(_ lines: [String]) -> [EntryBuffer.Status] {
        var buffer = EntryBuffer()
        return lines.map { buffer.add($0) }
    }

    func testSimpleStatementCompletesAtOnce() {
        XCTAssertEqual(statuses(["x = 1"]), [.complete("x = 1\n")])
    }

    func testEmptyLineAtPrimaryPromptIsNothing() {
        XCTAssertEqual(statuses(["", "   "]), [.empty, .empty])
    }

    func testCompoundStatementNeedsEmptyLine() {
        XCTAssertEqual(statuses(["def f():", "    return 1", ""]),
                       [.needMore, .needMore, .complete("def f():\n    return 1\n\n")])
    }

    func testOneLineCompoundStatementNeedsEmptyLine() {
        XCTAssertEqual(statuses(["if True: print(1)", ""]), [.needMore, .complete("if True: print(1)\n\n")])
    }

    func testOpenBracketContinues() {
        XCTAssertEqual(statuses(["x = [1,", "2]"]), [.needMore, .complete("x = [1,\n2]\n")])
    }

    func testTrailingBackslashContinues() {
        XCTAssertEqual(statuses(["x = 1 + \\", "2"]), [.needMore, .complete("x = 1 + \\\n2\n")])
    }

    func testTripleQuotedStringContinues() {
        XCTAssertEqual(statuses(["s = '''a", "b'''"]), [.needMore, .complete("s = '''a\nb'''\n")])
    }

    func testDecoratorContinues() {
        XCTAssertEqual(statuses(["@dec", "def f(): pass", ""]), [.needMore, .needMore, .complete("@dec\ndef f(): pass\n\n")])
    }

    func testSyntaxErrorCompletesSoItIsReported() {
        XCTAssertEqual(statuses(["x = )"]), [.complete("x = )\n")])
        XCTAssertEqual(statuses(["x = (1,", "2 3)"]), [.needMore, .complete("x = (1,\n2 3)\n")])
    }

    func testBufferIsEmptyAgainAfterAnEntry() {
        var buffer = EntryBuffer()
        XCTAssertEqual(buffer.prompt, ">>> ")
        XCTAssertEqual(buffer.add("for i in x:"), .needMore)
        XCTAssertEqual(buffer.prompt, "... ")
        XCTAssertEqual(buffer.add("  pass"), .needMore)
        _ = buffer.add("")
        XCTAssertTrue(buffer.isEmpty)
        XCTAssertEqual(buffer.prompt, ">>> ")
    }

    func testRecalledMultiLineEntryRunsWithoutExtraEmptyLine() {
        XCTAssertEqual(statuses(["def f():\n    return 2"]), [.complete("def f():\n    return 2\n\n")])
        // A recalled entry with an open bracket still asks for the rest.
        XCTAssertEqual(statuses(["x = [1,\n2,"]), [.needMore])
    }

    func testHistoryTextDropsTheClosingEmptyLine() {
        XCTAssertEqual(EntryBuffer.historyText(of: "def f():\n    return 1\n\n"), "def f():\n    return 1")
        XCTAssertEqual(EntryBuffer.historyText(of: "x = 1\n"), "x = 1")
    }
}
