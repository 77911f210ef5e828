// Lexer tests: token kinds and positions, indentation, numbers, string boundaries and the
// tokenizer's own errors (messages and columns as CPython 3.11.7's tokenizer).

import XCTest
@testable import BaoziCore

final class LexerTests: XCTestCase {
    // MARK: - Helpers

    private func lex(_ text: String) -> LexedSource {
        var lexer = Lexer(source: try! SourceText(text, filename: "<test>"))
        return lexer.tokenize()
    }

    /// Token kinds with the text of names, numbers and strings, e.g. `name:x = number:1 NEWLINE`.
    private func describe(_ text: String) -> String {
        let source = try! SourceText(text, filename: "<test>")
        var lexer = Lexer(source: source)
        let result = lexer.tokenize()
        return result.tokens.map { token -> String in
            switch token.kind {
            case .name, .number, .string:
                return "\(token.kind):" + source.string(from: token.start, to: token.end)
            case .newline: return "NEWLINE"
            case .indent: return "INDENT"
            case .dedent: return "DEDENT"
            case .endMarker: return "END"
            default: return source.string(from: token.start, to: token.end)
            }
        }.joined(separator: " ")
    }

    private func assertLexError(_ text: String, _ message: String, line: Int, column: Int,
                                kind: SyntaxError.Kind = .syntax, file: StaticString = #filePath, line testLine: UInt = #line) {
        guard let failure = lex(text).failure else {
            return XCTFail("expected a lexical error for \(text.debugDescription)", file: file, line: testLine)
        }
        XCTAssertEqual(failure.error.message, message, file: file, line: testLine)
        XCTAssertEqual(failure.error.line, line, file: file, line: testLine)
        XCTAssertEqual(failure.error.column, column, file: file, line: testLine)
        XCTAssertEqual(failure.error.kind, kind, file: file, line: testLine)
    }

    // MARK: - Tokens

    func testOperatorsAndDelimiters() {
        XCTAssertEqual(describe("a+=b**=c//=d>>=e<<=f->g:=h...i!=j==k<=l>=m@=n"),
                       "name:a += name:b **= name:c //= name:d >>= name:e <<= name:f -> name:g := name:h ... name:i != "
                       + "name:j == name:k <= name:l >= name:m @= name:n NEWLINE END")
        XCTAssertEqual(describe("(a)[b]{c},;.~^|&%"), "( name:a ) [ name:b ] { name:c } , ; . ~ ^ | & % NEWLINE END")
        XCTAssertEqual(describe("x.y"), "name:x . name:y NEWLINE END")
        XCTAssertEqual(describe("$ ? `"), "$ ? ` NEWLINE END")
        XCTAssertEqual(describe("1 <> 2"), "number:1 <> number:2 NEWLINE END")
    }

    func testKeywordsAndSoftKeywords() {
        let kinds = lex("if else elif while for in not and or is None True False lambda yield await async match case _ print")
            .tokens.map(\.kind)
        XCTAssertEqual(kinds, [.kwIf, .kwElse, .kwElif, .kwWhile, .kwFor, .kwIn, .kwNot, .kwAnd, .kwOr, .kwIs,
                               .kwNone, .kwTrue, .kwFalse, .kwLambda, .kwYield, .kwAwait, .kwAsync,
                               .name, .name, .name, .name, .newline, .endMarker])
        XCTAssertEqual(lex("iff If none").tokens.map(\.kind), [.name, .name, .name, .newline, .endMarker])
    }

    func testPositionsAreLinesAndScalarColumns() {
        let tokens = lex("é = 'ü'\n  \nf(x,\n  y)").tokens
        XCTAssertEqual(tokens[0].startLocation, SourceLocation(line: 1, column: 0))
        XCTAssertEqual(tokens[0].endLocation, SourceLocation(line: 1, column: 1))
        XCTAssertEqual(tokens[2].startLocation, SourceLocation(line: 1, column: 4))
        XCTAssertEqual(tokens[2].endLocation, SourceLocation(line: 1, column: 7))
        XCTAssertEqual(tokens[3].kind, .newline)
        XCTAssertEqual(tokens[3].startLocation, SourceLocation(line: 1, column: 7))
        let y = tokens.first { $0.kind == .name && $0.startLocation.line == 4 }!
        XCTAssertEqual(y.startLocation, SourceLocation(line: 4, column: 2))
        XCTAssertEqual(y.bracketDepth, 1)
    }

    // MARK: - Logical lines

    func testIndentAndDedent() {
        XCTAssertEqual(describe("if x:\n    y\n    if z:\n        w\nv\n"),
                       "if name:x : NEWLINE INDENT name:y NEWLINE if name:z : NEWLINE INDENT name:w NEWLINE DEDENT DEDENT "
                       + "name:v NEWLINE END")
        XCTAssertEqual(describe("if x:\n    y"), "if name:x : NEWLINE INDENT name:y NEWLINE DEDENT END")
    }

    func testTabsCountToMultiplesOfEight() {
        XCTAssertEqual(describe("if x:\n\ty\n\tz\n"), "if name:x : NEWLINE INDENT name:y NEWLINE name:z NEWLINE DEDENT END")
        assertLexError("if x:\n        y\n\tz\n", "inconsistent use of tabs and spaces in indentation", line: 3, column: 1,
                       kind: .tab)
    }

    func testBlankAndCommentLinesAreIgnored() {
        XCTAssertEqual(describe("# c\n\nx = 1  # c\n   \n    # c\ny\n"),
                       "name:x = number:1 NEWLINE name:y NEWLINE END")
    }

    func testImplicitAndExplicitLineJoining() {
        XCTAssertEqual(describe("x = (1,\n     2)\ny = 1 + \\\n  2\n"),
                       "name:x = ( number:1 , number:2 ) NEWLINE name:y = number:1 + number:2 NEWLINE END")
        // A backslash line inside the indentation decides the indentation of the next line.
        XCTAssertEqual(describe("    \\\nx = 1\n"), "INDENT name:x = number:1 NEWLINE DEDENT END")
    }

    func testByteOrderMarkAndLineEndings() {
        XCTAssertEqual(describe("\u{FEFF}x\r\ny\rz"), "name:x NEWLINE name:y NEWLINE name:z NEWLINE END")
    }

    func testUnclosedBracketAndTrailingContinuation() {
        let open = lex("x = (1,\n[2")
        XCTAssertNil(open.failure)
        XCTAssertEqual(open.unclosedBracket?.character, "[")
        XCTAssertEqual(open.unclosedBracket?.location, SourceLocation(line: 2, column: 0))
        XCTAssertTrue(lex("x = 1 + \\\n").endsAfterContinuation)
        XCTAssertTrue(lex("x = 1 + \\").endsAfterContinuation)
    }

    // MARK: - Literals

    func testNumbers() {
        XCTAssertEqual(describe("1 1_000 0x_1f 0o17 0b1_0 00 1.5 .5 5. 1e10 1.5E-3 3j 1_0.0_1e+1_0J"),
                       "number:1 number:1_000 number:0x_1f number:0o17 number:0b1_0 number:00 number:1.5 number:.5 "
                       + "number:5. number:1e10 number:1.5E-3 number:3j number:1_0.0_1e+1_0J NEWLINE END")
        // A keyword may follow a number directly, as in CPython (which warns).
        XCTAssertEqual(describe("1if x else 2"), "number:1 if name:x else number:2 NEWLINE END")
        XCTAssertEqual(describe("1else"), "number:1 else NEWLINE END")
        XCTAssertEqual(describe("0x1for"), "number:0x1f or NEWLINE END")
    }

    func testNumberValues() {
        func value(_ text: String) -> String {
            ASTDumper.constant(NumberLiteral.constant(Array(text.unicodeScalars)[...]))
        }
        XCTAssertEqual(value("1_000"), "1000")
        XCTAssertEqual(value("0xff"), "255")
        XCTAssertEqual(value("0o777"), "511")
        XCTAssertEqual(value("0b1010"), "10")
        XCTAssertEqual(value("9223372036854775807"), "9223372036854775807")
        XCTAssertEqual(value("9223372036854775808"), "9223372036854775808")
        XCTAssertEqual(value("0x8000000000000000"), "9223372036854775808")
        XCTAssertEqual(value("1.5e3"), "1500.0")
        XCTAssertEqual(value("1e400"), "inf")
        XCTAssertEqual(value("2.5j"), "2.5j")
        if case .bigInt(let digits) = NumberLiteral.constant(Array("0b1".utf8.map { Unicode.Scalar($0) }
                                                                     + Array(repeating: "0", count: 70))[...]) {
            XCTAssertEqual(digits, "1180591620717411303424")
        } else {
            XCTFail("expected a big integer")
        }
    }

    func testNumberErrors() {
        assertLexError("x = 012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                       line: 1, column: 5)
        assertLexError("x = 1abc\n", "invalid decimal literal", line: 1, column: 5)
        assertLexError("x = 1_\n", "invalid decimal literal", line: 1, column: 6)
        assertLexError("x = 0x\n", "invalid hexadecimal literal", line: 1, column: 6)
        assertLexError("x = 0b102\n", "invalid digit '2' in binary literal", line: 1, column: 9)
        assertLexError("x = 0o8\n", "invalid digit '8' in octal literal", line: 1, column: 7)
        assertLexError("x = 1e\n", "invalid decimal literal", line: 1, column: 5)
        assertLexError("x = 3jx\n", "invalid imaginary literal", line: 1, column: 6)
    }

    func testStringTokens() {
        XCTAssertEqual(describe("'a' \"b\" '''c\nd''' r'\\'' b'x' Rb'y' f'{z}' u'w' ''"),
                       "string:'a' string:\"b\" string:'''c\nd''' string:r'\\'' string:b'x' string:Rb'y' string:f'{z}' "
                       + "string:u'w' string:'' NEWLINE END")
        // `ur` is not a prefix: a name followed by a string.
        XCTAssertEqual(describe("ur'x'"), "name:ur string:'x' NEWLINE END")
        XCTAssertEqual(describe("'a\\\nb'"), "string:'a\\\nb' NEWLINE END")
    }

    func testStringErrors() {
        assertLexError("x = 'abc\n", "unterminated string literal (detected at line 1)", line: 1, column: 5)
        assertLexError("x = f'abc", "unterminated string literal (detected at line 1)", line: 1, column: 5)
        assertLexError("x = 1\n'''abc\n\n\n", "unterminated triple-quoted string literal (detected at line 4)",
                       line: 2, column: 1)
        XCTAssertTrue(lex("'''abc\n").failure!.atEndOfInput)
        XCTAssertFalse(lex("'abc\n").failure!.atEndOfInput)
    }

    func testEscapeDecoding() throws {
        func decode(_ body: String) throws -> String {
            let scalars = Array(body.unicodeScalars)
            return try EscapeDecoder.decodeString(scalars, from: 0, to: scalars.count, raw: false)
        }
        XCTAssertEqual(try decode(#"\n\t\\\'\"\a\b\f\v\0"#), "\n\t\\'\"\u{07}\u{08}\u{0C}\u{0B}\0")
        XCTAssertEqual(try decode(#"\033\x41\u00e9\U0001F600\N{BULLET}"#), "\u{1B}Aé😀•")
        XCTAssertEqual(try decode("a\\\nb"), "ab")
        XCTAssertEqual(try decode(#"\d\%"#), #"\d\%"#)
        XCTAssertThrowsError(try decode(#"\x4"#)) { error in
            XCTAssertEqual((error as? EscapeError)?.message,
                           #"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"#)
        }
        let bytes = Array(#"\x00\777\n\u1234"#.unicodeScalars)
        XCTAssertEqual(try EscapeDecoder.decodeBytes(bytes, from: 0, to: bytes.count, raw: false),
                       [0, 0xFF, 10] + Array(#"\u1234"#.utf8))
    }

    // MARK: - Errors

    func testBracketErrors() {
        assertLexError("x = )\n", "unmatched ')'", line: 1, column: 5)
        assertLexError("x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('", line: 1, column: 6)
        assertLexError("x = (1,\n2]\n", "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
                       line: 2, column: 2)
        assertLexError(String(repeating: "(", count: 300), "too many nested parentheses", line: 1, column: 201)
    }

    func testCharacterErrors() {
        assertLexError("x = €\n", "invalid character '€' (U+20AC)", line: 1, column: 5)
        assertLexError("x = a\u{200B}b\n", "invalid non-printable character U+200B", line: 1, column: 6)
        assertLexError("x = \u{0B} 1\n", "invalid non-printable character U+000B", line: 1, column: 5)
        assertLexError("x = 1 \\ 2\n", "unexpected character after line continuation character", line: 1, column: 8)
        XCTAssertEqual(describe("é = π"), "name:é = name:π NEWLINE END")
    }

    func testIndentationErrors() {
        assertLexError("def f():\n  x\n y\n", "unindent does not match any outer indentation level", line: 3, column: 3,
                       kind: .indentation)
        var deep = ""
        for depth in 0..<100 { deep += String(repeating: " ", count: depth) + "if x:\n" }
        assertLexError(deep + String(repeating: " ", count: 100) + "y\n", "too many levels of indentation",
                       line: 101, column: 1, kind: .indentation)
        XCTAssertTrue(lex("def f():\n  x\n y\n").failureIsDeferred)
        XCTAssertFalse(lex("x = €").failureIsDeferred)
    }

    func testNullCharacterIsRejected() {
        XCTAssertThrowsError(try SourceText("x = 'a\0b'", filename: "<test>")) { error in
            XCTAssertEqual((error as? ParseFailure)?.error.message, "source code cannot contain null bytes")
        }
    }

    func testTenMegabyteFileLexesQuickly() {
        let line = "    value = compute(alpha, beta[1:2], 'text', 3.25) + other.attribute  # comment\n"
        let text = "def f():\n" + String(repeating: line, count: 120_000)
        let start = Date()
        let result = lex(text)
        XCTAssertNil(result.failure)
        XCTAssertEqual(result.tokens.count, 120_000 * 22 + 9)
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)
    }
}
