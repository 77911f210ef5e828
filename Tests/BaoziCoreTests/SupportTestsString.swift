import XCTest
@testable import BaoziCore

/// str methods, repr/ascii and codecs against CPython 3.11.
final class SupportStringTests: XCTestCase {
    private func list(_ a: [String]) -> String { "[" + a.map(pyStrRepr).joined(separator: ", ") + "]" }

    func testSplit() {
        let cases: [(String, String?, Int, SupportExpect, SupportExpect)] = [
            ("a b  c", nil, -1, .ok("['a', 'b', 'c']"), .ok("['a', 'b', 'c']")),
            ("  a b  c  ", nil, -1, .ok("['a', 'b', 'c']"), .ok("['a', 'b', 'c']")),
            ("  a b  c  ", nil, 1, .ok("['a', 'b  c  ']"), .ok("['  a b', 'c']")),
            ("  a b  c  ", nil, 0, .ok("['a b  c  ']"), .ok("['  a b  c']")),
            ("a\u{3000}b\u{1c}c\u{85}d", nil, -1, .ok("['a', 'b', 'c', 'd']"), .ok("['a', 'b', 'c', 'd']")),
            ("", nil, -1, .ok("[]"), .ok("[]")),
            ("   ", nil, -1, .ok("[]"), .ok("[]")),
            ("a,b,,c", ",", -1, .ok("['a', 'b', '', 'c']"), .ok("['a', 'b', '', 'c']")),
            ("a,b,,c", ",", 1, .ok("['a', 'b,,c']"), .ok("['a,b,', 'c']")),
            (",a,", ",", -1, .ok("['', 'a', '']"), .ok("['', 'a', '']")),
            ("", ",", -1, .ok("['']"), .ok("['']")),
            ("abcabc", "bc", -1, .ok("['a', 'a', '']"), .ok("['a', 'a', '']")),
            ("aaa", "aa", -1, .ok("['', 'a']"), .ok("['a', '']")),
            ("a b", " ", 5, .ok("['a', 'b']"), .ok("['a', 'b']")),
            ("a", "", -1, .error(.valueError("empty separator")), .error(.valueError("empty separator"))),
            ("é中é", "中", -1, .ok("['é', 'é']"), .ok("['é', 'é']")),
        ]
        for (s, sep, maxsplit, split, rsplit) in cases {
            supportCheck(split, "split") { self.list(try pySplit(s, sep: sep, maxsplit: maxsplit)) }
            supportCheck(rsplit, "rsplit") { self.list(try pyRSplit(s, sep: sep, maxsplit: maxsplit)) }
        }
        let lines: [(String, String, String)] = [
            ("a\nb\r\nc\rd\u{b}e\u{c}f\u{1c}g\u{1d}h\u{1e}i\u{85}j\u{2028}k\u{2029}l", "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']", "['a\\n', 'b\\r\\n', 'c\\r', 'd\\x0b', 'e\\x0c', 'f\\x1c', 'g\\x1d', 'h\\x1e', 'i\\x85', 'j\\u2028', 'k\\u2029', 'l']"),
            ("abc\n", "['abc']", "['abc\\n']"),
            ("\n\n", "['', '']", "['\\n', '\\n']"),
            ("", "[]", "[]"),
            ("a\r", "['a']", "['a\\r']"),
            ("no breaks", "['no breaks']", "['no breaks']"),
        ]
        for (s, plain, kept) in lines {
            XCTAssertEqual(list(pySplitLines(s)), plain)
            XCTAssertEqual(list(pySplitLines(s, keepends: true)), kept)
        }
        let parts: [(String, String, SupportExpect, SupportExpect)] = [
            ("a=b=c", "=", .ok("['a', '=', 'b=c']"), .ok("['a=b', '=', 'c']")),
            ("abc", "x", .ok("['abc', '', '']"), .ok("['', '', 'abc']")),
            ("abc", "", .error(.valueError("empty separator")), .error(.valueError("empty separator"))),
            ("éé中", "é", .ok("['', 'é', 'é中']"), .ok("['é', 'é', '中']")),
        ]
        for (s, sep, p, rp) in parts {
            supportCheck(p, "partition") { let t = try pyPartition(s, sep); return self.list([t.0, t.1, t.2]) }
            supportCheck(rp, "rpartition") { let t = try pyRPartition(s, sep); return self.list([t.0, t.1, t.2]) }
        }
    }

    func testStripReplace() {
        let strips: [(String, String?, String, String, String)] = [
            ("  a b \t\n", nil, "a b", "a b \t\n", "  a b"),
            ("\u{1c}\u{1f}a\u{85}\u{a0}", nil, "a", "a\u{85}\u{a0}", "\u{1c}\u{1f}a"),
            ("xxaxx", "x", "a", "axx", "xxa"),
            ("abcba", "ab", "c", "cba", "abc"),
            ("abc", "", "abc", "abc", "abc"),
            ("ééaé", "é", "a", "aé", "ééa"),
            ("", nil, "", "", ""),
        ]
        for (s, chars, both, left, right) in strips {
            XCTAssertEqual(pyStrip(s, chars: chars), both)
            XCTAssertEqual(pyLStrip(s, chars: chars), left)
            XCTAssertEqual(pyRStrip(s, chars: chars), right)
        }
        let replaces: [(String, String, String, Int, String)] = [
            ("abc", "", "-", -1, "-a-b-c-"),
            ("abc", "", "-", 2, "-a-bc"),
            ("", "", "-", -1, "-"),
            ("aaaa", "a", "b", 2, "bbaa"),
            ("aaaa", "aa", "b", -1, "bb"),
            ("abcabc", "bc", "X", -1, "aXaX"),
            ("abc", "x", "y", -1, "abc"),
            ("中文中", "中", "zh", -1, "zh文zh"),
            ("abc", "b", "", -1, "ac"),
            ("abc", "abc", "", 0, "abc"),
        ]
        for (s, old, new, count, want) in replaces {
            XCTAssertEqual(pyReplace(s, old, new, count: count), want)
        }
    }

    func testFindCountAffixes() {
        let cases: [(String, String, Int?, Int?, Int, Int, Int, Bool, Bool)] = [
            ("hello world", "o", nil, nil, 4, 7, 2, false, false),
            ("hello world", "o", 5, nil, 7, 7, 1, false, false),
            ("hello world", "o", -4, nil, 7, 7, 1, true, false),
            ("hello world", "o", 0, 4, -1, -1, 0, false, false),
            ("abc", "", nil, nil, 0, 3, 4, true, true),
            ("abc", "", 3, nil, 3, 3, 1, true, true),
            ("abc", "", 4, nil, -1, -1, 0, false, false),
            ("abc", "", -1, nil, 2, 3, 2, true, true),
            ("abc", "c", -100, 100, 2, 2, 1, false, true),
            ("aaaa", "aa", nil, nil, 0, 2, 2, true, true),
            ("中文中文", "文", 1, nil, 1, 3, 2, true, true),
            ("abc", "abcd", nil, nil, -1, -1, 0, false, false),
            ("abc", "b", 2, 1, -1, -1, 0, false, false),
        ]
        for (s, sub, start, end, find, rfind, count, starts, ends) in cases {
            XCTAssertEqual(pyFind(s, sub, start: start, end: end), find, "find \(s) \(sub)")
            XCTAssertEqual(pyRFind(s, sub, start: start, end: end), rfind, "rfind \(s) \(sub)")
            XCTAssertEqual(pyCount(s, sub, start: start, end: end), count, "count \(s) \(sub)")
            XCTAssertEqual(pyStartsWith(s, sub, start: start, end: end), starts, "startswith \(s) \(sub)")
            XCTAssertEqual(pyEndsWith(s, sub, start: start, end: end), ends, "endswith \(s) \(sub)")
        }
        XCTAssertThrowsError(try pyIndex("abc", "x")) { XCTAssertEqual($0 as? PyFormatError, .valueError("substring not found")) }
        XCTAssertEqual(try pyRIndex("abcb", "b"), 3)
    }

    func testCase() {
        let cases: [(String, String, String, String, String, String, String)] = [
            ("hello World", "HELLO WORLD", "hello world", "hello world", "Hello World", "Hello world", "HELLO wORLD"),
            ("ΑΣ", "ΑΣ", "ας", "ασ", "Ας", "Ας", "ας"),
            ("ΑΣ ΑΣΑ", "ΑΣ ΑΣΑ", "ας ασα", "ασ ασα", "Ας Ασα", "Ας ασα", "ας ασα"),
            ("ὈΔΥΣΣΕΎΣ", "ὈΔΥΣΣΕΎΣ", "ὀδυσσεύς", "ὀδυσσεύσ", "Ὀδυσσεύς", "Ὀδυσσεύς", "ὀδυσσεύς"),
            ("straße", "STRASSE", "straße", "strasse", "Straße", "Straße", "STRASSE"),
            ("ǆemal ǅ", "ǄEMAL Ǆ", "ǆemal ǆ", "ǆemal ǆ", "ǅemal ǅ", "ǅemal ǆ", "ǄEMAL ǅ"),
            ("İstanbul", "İSTANBUL", "i̇stanbul", "i̇stanbul", "İstanbul", "İstanbul", "i̇STANBUL"),
            ("ﬁne", "FINE", "ﬁne", "fine", "Fine", "Fine", "FINE"),
            ("they're bill's", "THEY'RE BILL'S", "they're bill's", "they're bill's", "They'Re Bill'S", "They're bill's", "THEY'RE BILL'S"),
            ("ß", "SS", "ß", "ss", "Ss", "Ss", "SS"),
            ("Ω and ꭰ", "Ω AND Ꭰ", "ω and ꭰ", "ω and Ꭰ", "Ω And Ꭰ", "Ω and ꭰ", "ω AND Ꭰ"),
            ("ͅ", "Ι", "ͅ", "ι", "Ι", "Ι", "Ι"),
            ("ŉ", "ʼN", "ŉ", "ʼn", "ʼN", "ʼN", "ʼN"),
            ("abc123def", "ABC123DEF", "abc123def", "abc123def", "Abc123Def", "Abc123def", "ABC123DEF"),
            ("", "", "", "", "", "", ""),
            ("ΣΑ", "ΣΑ", "σα", "σα", "Σα", "Σα", "σα"),
            ("A Σ.", "A Σ.", "a σ.", "a σ.", "A Σ.", "A σ.", "a σ."),
            ("𝔄𝔟", "𝔄𝔟", "𝔄𝔟", "𝔄𝔟", "𝔄𝔟", "𝔄𝔟", "𝔄𝔟"),
        ]
        for (s, upper, lower, fold, title, cap, swap) in cases {
            XCTAssertEqual(pyUpper(s), upper, s)
            XCTAssertEqual(pyLower(s), lower, s)
            XCTAssertEqual(pyCasefold(s), fold, s)
            XCTAssertEqual(pyTitle(s), title, s)
            XCTAssertEqual(pyCapitalize(s), cap, s)
            XCTAssertEqual(pySwapcase(s), swap, s)
        }
    }

    func testPredicates() {
        // Flags in the order isdigit isdecimal isnumeric isalpha isalnum isspace isupper islower
        // istitle isidentifier isprintable isascii.
        let cases: [(String, String)] = [
            ("123", "111010000011"),
            ("١٢٣", "111010000010"),
            ("²", "101010000010"),
            ("½", "001010000010"),
            ("五", "001110000110"),
            ("abc", "000110010111"),
            ("abc1", "000010010111"),
            ("é", "000110010110"),
            ("", "000000000011"),
            (" \t\n\u{1c}\u{85}\u{3000}", "000001000000"),
            ("\u{200b}", "000000000000"),
            ("HELLO", "000110100111"),
            ("hello", "000110010111"),
            ("Hello World", "000000001011"),
            ("Hello world", "000000000011"),
            ("ǅungla", "000110001110"),
            ("ΑΣ", "000110100110"),
            ("_x1", "000000010111"),
            ("1x", "000010010011"),
            ("class", "000110010111"),
            ("a b", "000000010011"),
            ("\u{1fae8}", "000000000000"),
            ("\u{378}", "000000000000"),
            ("\u{7f}", "000000000001"),
            ("é́", "000000010110"),
            ("ABC1!", "000000100011"),
            ("A1b", "000010000111"),
        ]
        for (s, want) in cases {
            let got = [pyStrIsDigit(s), pyStrIsDecimal(s), pyStrIsNumeric(s), pyStrIsAlpha(s), pyStrIsAlnum(s),
                       pyStrIsSpace(s), pyStrIsUpper(s), pyStrIsLower(s), pyStrIsTitle(s), pyStrIsIdentifier(s),
                       pyStrIsPrintable(s), pyStrIsASCII(s)].map { $0 ? "1" : "0" }.joined()
            XCTAssertEqual(got, want, s)
        }
    }

    func testPadding() {
        let cases: [(String, Int, Unicode.Scalar, String, String, String)] = [
            ("abc", 7, "*", "**abc**", "abc****", "****abc"),
            ("ab", 5, " ", "  ab ", "ab   ", "   ab"),
            ("a", 4, "-", "-a--", "a---", "---a"),
            ("abc", 2, "x", "abc", "abc", "abc"),
            ("中", 4, "é", "é中éé", "中ééé", "ééé中"),
            ("", 3, "0", "000", "000", "000"),
        ]
        for (s, w, fill, center, left, right) in cases {
            XCTAssertEqual(pyCenter(s, w, fill: fill), center)
            XCTAssertEqual(pyLJust(s, w, fill: fill), left)
            XCTAssertEqual(pyRJust(s, w, fill: fill), right)
        }
        let zfills: [(String, Int, String)] = [
            ("42", 5, "00042"),
            ("-42", 5, "-0042"),
            ("+42", 5, "+0042"),
            ("abc", 2, "abc"),
            ("", 3, "000"),
            ("-", 3, "-00"),
        ]
        for (s, w, want) in zfills { XCTAssertEqual(pyZFill(s, w), want) }
        let tabs: [(String, Int, String)] = [
            ("a\tbc\td", 8, "a       bc      d"),
            ("a\tbc\td", 4, "a   bc  d"),
            ("ab\n\tc\r\td", 4, "ab\n    c\r    d"),
            ("\t", 0, ""),
            ("é\t", 3, "é  "),
        ]
        for (s, size, want) in tabs { XCTAssertEqual(pyExpandTabs(s, tabSize: size), want) }
    }

    func testRepr() {
        let cases: [(String, String, String)] = [
            ("abc", "'abc'", "'abc'"),
            ("it's", "\"it's\"", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'"),
            ("\\", "'\\\\'", "'\\\\'"),
            ("\n\r\t\u{0}\u{1f}\u{7f}", "'\\n\\r\\t\\x00\\x1f\\x7f'", "'\\n\\r\\t\\x00\\x1f\\x7f'"),
            ("é中😀", "'é中😀'", "'\\xe9\\u4e2d\\U0001f600'"),
            ("\u{85}\u{a0}\u{ad}", "'\\x85\\xa0\\xad'", "'\\x85\\xa0\\xad'"),
            ("\u{200b}\u{2028}\u{e000}", "'\\u200b\\u2028\\ue000'", "'\\u200b\\u2028\\ue000'"),
            ("\u{1fae8}\u{378}", "'\\U0001fae8\\u0378'", "'\\U0001fae8\\u0378'"),
            ("\u{d7ff}", "'\\ud7ff'", "'\\ud7ff'"),
            ("", "''", "''"),
        ]
        for (s, r, a) in cases {
            XCTAssertEqual(pyStrRepr(s), r)
            XCTAssertEqual(pyAscii(s), a)
        }
        let bytes: [([UInt8], String)] = [
            ([97, 98, 99], "b'abc'"),
            ([105, 116, 39, 115], "b\"it's\""),
            ([115, 97, 121, 32, 34, 104, 105, 34], "b'say \"hi\"'"),
            ([98, 111, 116, 104, 32, 39, 32, 97, 110, 100, 32, 34], "b'both \\' and \"'"),
            ([92, 10, 13, 9, 0, 127, 128, 255], "b'\\\\\\n\\r\\t\\x00\\x7f\\x80\\xff'"),
            ([], "b''"),
        ]
        for (b, want) in bytes { XCTAssertEqual(pyBytesRepr(b), want) }
    }

    func testCodecs() {
        let encodes: [(String, String, String, SupportExpect)] = [
            ("héllo", "utf-8", "strict", .ok("b'h\\xc3\\xa9llo'")),
            ("héllo", "ascii", "strict", .error(.unicodeEncodeError(PyUnicodeErrorInfo(encoding: "ascii", start: 1, end: 2, reason: "ordinal not in range(128)", message: "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)")))),
            ("aéé", "ascii", "strict", .error(.unicodeEncodeError(PyUnicodeErrorInfo(encoding: "ascii", start: 1, end: 3, reason: "ordinal not in range(128)", message: "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)")))),
            ("中", "latin-1", "strict", .error(.unicodeEncodeError(PyUnicodeErrorInfo(encoding: "latin-1", start: 0, end: 1, reason: "ordinal not in range(256)", message: "'latin-1' codec can't encode character '\\u4e2d' in position 0: ordinal not in range(256)")))),
            ("😀", "ascii", "strict", .error(.unicodeEncodeError(PyUnicodeErrorInfo(encoding: "ascii", start: 0, end: 1, reason: "ordinal not in range(128)", message: "'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)")))),
            ("aé中😀", "ascii", "ignore", .ok("b'a'")),
            ("aé中😀", "ascii", "replace", .ok("b'a???'")),
            ("aé中😀", "ascii", "backslashreplace", .ok("b'a\\\\xe9\\\\u4e2d\\\\U0001f600'")),
            ("aé中😀", "latin-1", "xmlcharrefreplace", .ok("b'a\\xe9&#20013;&#128512;'")),
            ("é", "latin1", "strict", .ok("b'\\xe9'")),
            ("é", "UTF8", "strict", .ok("b'\\xc3\\xa9'")),
            ("é", "bogus", "strict", .error(.lookupError("unknown encoding: bogus"))),
            ("é", "ascii", "bogus", .error(.lookupError("unknown error handler name 'bogus'"))),
        ]
        for (s, encoding, errors, want) in encodes {
            supportCheck(want, "encode \(s) \(encoding)") { pyBytesRepr(try pyEncode(s, encoding: encoding, errors: errors)) }
        }
        let decodes: [([UInt8], String, String, SupportExpect)] = [
            ([104, 195, 169, 108, 108, 111], "utf-8", "strict", .ok("'héllo'")),
            ([255], "utf-8", "strict", .error(.unicodeDecodeError(PyUnicodeErrorInfo(encoding: "utf-8", start: 0, end: 1, reason: "invalid start byte", message: "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")))),
            ([228, 184, 120], "utf-8", "strict", .error(.unicodeDecodeError(PyUnicodeErrorInfo(encoding: "utf-8", start: 0, end: 2, reason: "invalid continuation byte", message: "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte")))),
            ([228, 184], "utf-8", "strict", .error(.unicodeDecodeError(PyUnicodeErrorInfo(encoding: "utf-8", start: 0, end: 2, reason: "unexpected end of data", message: "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data")))),
            ([224, 128], "utf-8", "strict", .error(.unicodeDecodeError(PyUnicodeErrorInfo(encoding: "utf-8", start: 0, end: 1, reason: "invalid continuation byte", message: "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte")))),
            ([237, 160, 128], "utf-8", "strict", .error(.unicodeDecodeError(PyUnicodeErrorInfo(encoding: "utf-8", start: 0, end: 1, reason: "invalid continuation byte", message: "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte")))),
            ([240, 144], "utf-8", "strict", .error(.unicodeDecodeError(PyUnicodeErrorInfo(encoding: "utf-8", start: 0, end: 2, reason: "unexpected end of data", message: "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data")))),
            ([244, 144, 128, 128], "utf-8", "strict", .error(.unicodeDecodeError(PyUnicodeErrorInfo(encoding: "utf-8", start: 0, end: 1, reason: "invalid continuation byte", message: "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte")))),
            ([192, 175], "utf-8", "strict", .error(.unicodeDecodeError(PyUnicodeErrorInfo(encoding: "utf-8", start: 0, end: 1, reason: "invalid start byte", message: "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte")))),
            ([97, 228, 184, 120, 255, 240, 144], "utf-8", "replace", .ok("'a�x��'")),
            ([97, 228, 184, 120, 255, 240, 144], "utf-8", "ignore", .ok("'ax'")),
            ([97, 228, 184, 120, 255], "utf-8", "backslashreplace", .ok("'a\\\\xe4\\\\xb8x\\\\xff'")),
            ([255, 254], "ascii", "strict", .error(.unicodeDecodeError(PyUnicodeErrorInfo(encoding: "ascii", start: 0, end: 1, reason: "ordinal not in range(128)", message: "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)")))),
            ([97, 255, 98], "ascii", "replace", .ok("'a�b'")),
            ([233, 255], "latin-1", "strict", .ok("'éÿ'")),
            ([240, 159, 152, 128], "utf-8", "strict", .ok("'😀'")),
            ([], "utf-8", "strict", .ok("''")),
        ]
        for (b, encoding, errors, want) in decodes {
            supportCheck(want, "decode \(b) \(encoding)") { pyStrRepr(try pyDecode(b, encoding: encoding, errors: errors)) }
        }
    }
}
