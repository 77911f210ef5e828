import XCTest
@testable import BaoziCore

/// An expected outcome in the Support test tables: a value's text or a Python error.
enum SupportExpect {
    case ok(String)
    case error(PyFormatError)
}

/// Checks that `body` returns the expected text or throws the expected error.
func supportCheck(_ expected: SupportExpect, _ label: @autoclosure () -> String,
                  file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> String) {
    do {
        let got = try body()
        switch expected {
        case .ok(let want):
            XCTAssertEqual(got, want, label(), file: file, line: line)
        case .error(let want):
            XCTFail("\(label()): expected \(want), got \(got)", file: file, line: line)
        }
    } catch let e as PyFormatError {
        switch expected {
        case .ok(let want):
            XCTFail("\(label()): expected \(want), got error \(e)", file: file, line: line)
        case .error(let want):
            XCTAssertEqual(e, want, label(), file: file, line: line)
        }
    } catch {
        XCTFail("\(label()): unexpected error \(error)", file: file, line: line)
    }
}
