import XCTest
import BigInt
@testable import BaoziCore

/// format() specs and %-formatting against CPython 3.11.
final class SupportFormatTests: XCTestCase {
    func testInt() {
        let cases: [(BigInt, String, SupportExpect)] = [
            (BigInt("0", radix: 10)!, "", .ok("0")),
            (BigInt("42", radix: 10)!, "", .ok("42")),
            (BigInt("42", radix: 10)!, "d", .ok("42")),
            (BigInt("-42", radix: 10)!, "+d", .ok("-42")),
            (BigInt("42", radix: 10)!, " d", .ok(" 42")),
            (BigInt("42", radix: 10)!, "5", .ok("   42")),
            (BigInt("42", radix: 10)!, "<5", .ok("42   ")),
            (BigInt("42", radix: 10)!, "^5", .ok(" 42  ")),
            (BigInt("42", radix: 10)!, "=+6", .ok("+   42")),
            (BigInt("42", radix: 10)!, "*>6", .ok("****42")),
            (BigInt("42", radix: 10)!, "06", .ok("000042")),
            (BigInt("-42", radix: 10)!, "06", .ok("-00042")),
            (BigInt("42", radix: 10)!, "#x", .ok("0x2a")),
            (BigInt("255", radix: 10)!, "#X", .ok("0XFF")),
            (BigInt("255", radix: 10)!, "#o", .ok("0o377")),
            (BigInt("5", radix: 10)!, "#b", .ok("0b101")),
            (BigInt("-5", radix: 10)!, "#010b", .ok("-0b0000101")),
            (BigInt("1234567", radix: 10)!, ",", .ok("1,234,567")),
            (BigInt("1234567", radix: 10)!, "_", .ok("1_234_567")),
            (BigInt("-1234567", radix: 10)!, "015,", .ok("-00,001,234,567")),
            (BigInt("1234", radix: 10)!, "08,", .ok("0,001,234")),
            (BigInt("1234", radix: 10)!, "09,", .ok("0,001,234")),
            (BigInt("1234", radix: 10)!, "010,", .ok("00,001,234")),
            (BigInt("0", radix: 10)!, "010,", .ok("00,000,000")),
            (BigInt("12345", radix: 10)!, "_x", .ok("3039")),
            (BigInt("12345", radix: 10)!, "_b", .ok("11_0000_0011_1001")),
            (BigInt("12345", radix: 10)!, "#_b", .ok("0b11_0000_0011_1001")),
            (BigInt("12345", radix: 10)!, ",x", .error(.valueError("Cannot specify ',' with 'x'."))),
            (BigInt("65", radix: 10)!, "c", .ok("A")),
            (BigInt("20013", radix: 10)!, "^5c", .ok("  中  ")),
            (BigInt("1", radix: 10)!, "+c", .error(.valueError("Sign not allowed with integer format specifier 'c'"))),
            (BigInt("1", radix: 10)!, "#c", .error(.valueError("Alternate form (#) not allowed with integer format specifier 'c'"))),
            (BigInt("1114112", radix: 10)!, "c", .error(.overflowError("%c arg not in range(0x110000)"))),
            (BigInt("1", radix: 10)!, ".2", .error(.valueError("Precision not allowed in integer format specifier"))),
            (BigInt("1", radix: 10)!, "z", .error(.valueError("Negative zero coercion (z) not allowed in integer format specifier"))),
            (BigInt("1", radix: 10)!, "s", .error(.valueError("Unknown format code 's' for object of type 'int'"))),
            (BigInt("1", radix: 10)!, "abc", .error(.valueError("Invalid format specifier 'abc' for object of type 'int'"))),
            (BigInt("1", radix: 10)!, ",", .ok("1")),
            (BigInt("1", radix: 10)!, ",,", .error(.valueError("Cannot specify ',' with ','."))),
            (BigInt("1", radix: 10)!, ",_", .error(.valueError("Cannot specify both ',' and '_'."))),
            (BigInt("1", radix: 10)!, "_,", .error(.valueError("Cannot specify both ',' and '_'."))),
            (BigInt("1", radix: 10)!, ".", .error(.valueError("Format specifier missing precision"))),
            (BigInt("1", radix: 10)!, "99999999999999999999", .error(.valueError("Too many decimal digits in format string"))),
            (BigInt("10", radix: 10)!, "e", .ok("1.000000e+01")),
            (BigInt("10", radix: 10)!, ".2f", .ok("10.00")),
            (BigInt("10", radix: 10)!, "%", .ok("1000.000000%")),
            (BigInt("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", radix: 10)!, "e", .error(.overflowError("int too large to convert to float"))),
            (BigInt("1234567", radix: 10)!, "n", .ok("1234567")),
            (BigInt("1", radix: 10)!, "f", .ok("1.000000")),
            (BigInt("7", radix: 10)!, "\u{1}", .error(.valueError("Unknown format code '\\x1' for object of type 'int'"))),
            (BigInt("7", radix: 10)!, ",\u{1}", .error(.valueError("Cannot specify ',' with '\\x1'."))),
            (BigInt("1180591620717411303424", radix: 10)!, ",", .ok("1,180,591,620,717,411,303,424")),
            (BigInt("-1180591620717411303424", radix: 10)!, "_x", .ok("-40_0000_0000_0000_0000")),
            (BigInt("100000000000000000000", radix: 10)!, "#o", .ok("0o12657072742654304000000")),
            (BigInt("3", radix: 10)!, "é^7", .ok("ééé3ééé")),
            (BigInt("3", radix: 10)!, "0<5", .ok("30000")),
            (BigInt("3", radix: 10)!, "x<05", .ok("3xxxx")),
        ]
        for (v, spec, want) in cases {
            supportCheck(want, "format(\(v), \(spec))") { try pyFormat(v, spec: spec) }
            if let small = Int(exactly: v) {
                supportCheck(want, "format(\(v), \(spec))") { try pyFormat(small, spec: spec) }
            }
        }
        supportCheck(.ok("1.000000"), "bool") { try pyFormat(1, spec: "f", typeName: "bool") }
        supportCheck(.error(.valueError("Unknown format code 's' for object of type 'bool'")), "bool") { try pyFormat(1, spec: "s", typeName: "bool") }
        supportCheck(.error(.valueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")), "limit") { try pyFormat(pyIntPow(base: 10, exp: 5000), spec: "d") }
        supportCheck(.ok("31e20801"), "limit hex") { String(try pyFormat(pyIntPow(base: 10, exp: 5000), spec: "x").prefix(8)) }
    }

    func testFloat() {
        let cases: [(Double, String, SupportExpect)] = [
            (Double(bitPattern: 0x3ff0000000000000) /* 1.0 */, "", .ok("1.0")),
            (Double(bitPattern: 0x3ff0000000000000) /* 1.0 */, ".0", .ok("1e+00")),
            (Double(bitPattern: 0x3fb999999999999a) /* 0.1 */, ".0", .ok("0.1")),
            (Double(bitPattern: 0x405ec00000000000) /* 123.0 */, ".3", .ok("1.23e+02")),
            (Double(bitPattern: 0x4415af1d78b58c40) /* 1e+20 */, ".3", .ok("1e+20")),
            (Double(bitPattern: 0x4341c37937e08000) /* 1e+16 */, "", .ok("1e+16")),
            (Double(bitPattern: 0x4341c37937e08000) /* 1e+16 */, ".17", .ok("1e+16")),
            (Double(bitPattern: 0x4132d687e4189375) /* 1234567.891 */, ",", .ok("1,234,567.891")),
            (Double(bitPattern: 0x4132d687e4189375) /* 1234567.891 */, "_.2f", .ok("1_234_567.89")),
            (Double(bitPattern: 0x3fb999999999999a) /* 0.1 */, ".20f", .ok("0.10000000000000000555")),
            (Double(bitPattern: 0x4005666666666666) /* 2.675 */, ".2f", .ok("2.67")),
            (Double(bitPattern: 0x3fc0000000000000) /* 0.125 */, ".2f", .ok("0.12")),
            (Double(bitPattern: 0x4004000000000000) /* 2.5 */, ".0f", .ok("2")),
            (Double(bitPattern: 0x8000000000000000) /* -0.0 */, "", .ok("-0.0")),
            (Double(bitPattern: 0x8000000000000000) /* -0.0 */, "z", .ok("0.0")),
            (Double(bitPattern: 0xbf1a36e2eb1c432d) /* -0.0001 */, "z.2f", .ok("0.00")),
            (Double(bitPattern: 0xbf1a36e2eb1c432d) /* -0.0001 */, ".2f", .ok("-0.00")),
            (Double(bitPattern: 0x3ff8000000000000) /* 1.5 */, "z.0f", .ok("2")),
            (.infinity, "010", .ok("0000000inf")),
            (-.infinity, "+", .ok("-inf")),
            (.nan, "F", .ok("NAN")),
            (.nan, "+", .ok("+nan")),
            (.infinity, "E", .ok("INF")),
            (Double(bitPattern: 0x3ff8000000000000) /* 1.5 */, "%", .ok("150.000000%")),
            (Double(bitPattern: 0x3fd0000000000000) /* 0.25 */, ".1%", .ok("25.0%")),
            (Double(bitPattern: 0x7e6ddd4baa009303) /* 1e+301 */, "+", .ok("+1e+301")),
            (Double(bitPattern: 0x419d6f3454000000) /* 123456789.0 */, "n", .ok("1.23457e+08")),
            (Double(bitPattern: 0x3ff0000000000000) /* 1.0 */, "#", .ok("1.0")),
            (Double(bitPattern: 0x3ff0000000000000) /* 1.0 */, "#.0f", .ok("1.")),
            (Double(bitPattern: 0x3ff0000000000000) /* 1.0 */, "#.0e", .ok("1.e+00")),
            (Double(bitPattern: 0x4059000000000000) /* 100.0 */, "#.3g", .ok("100.")),
            (Double(bitPattern: 0x3f1a36e2eb1c432d) /* 0.0001 */, "#.3g", .ok("0.000100")),
            (Double(bitPattern: 0x3ff0000000000000) /* 1.0 */, "d", .error(.valueError("Unknown format code 'd' for object of type 'float'"))),
            (Double(bitPattern: 0x3ff0000000000000) /* 1.0 */, "r", .error(.valueError("Unknown format code 'r' for object of type 'float'"))),
            (Double(bitPattern: 0x3ff0000000000000) /* 1.0 */, "s", .error(.valueError("Unknown format code 's' for object of type 'float'"))),
            (Double(bitPattern: 0x40c81cd6c8b43958) /* 12345.678 */, "e", .ok("1.234568e+04")),
            (Double(bitPattern: 0x40c81cd6c8b43958) /* 12345.678 */, "E", .ok("1.234568E+04")),
            (Double(bitPattern: 0x40c81cd6c8b43958) /* 12345.678 */, ".3e", .ok("1.235e+04")),
            (Double(bitPattern: 0x40c81cd6c8b43958) /* 12345.678 */, "g", .ok("12345.7")),
            (Double(bitPattern: 0x3ee4f8b588e368f1) /* 1e-05 */, "g", .ok("1e-05")),
            (Double(bitPattern: 0x3f1a36e2eb1c432d) /* 0.0001 */, "g", .ok("0.0001")),
            (Double(bitPattern: 0x40fe240000000000) /* 123456.0 */, "g", .ok("123456")),
            (Double(bitPattern: 0x4132d68700000000) /* 1234567.0 */, "g", .ok("1.23457e+06")),
            (Double(bitPattern: 0x4132d68700000000) /* 1234567.0 */, "G", .ok("1.23457E+06")),
            (Double(bitPattern: 0xc0934a0000000000) /* -1234.5 */, "=+12,.2f", .ok("-   1,234.50")),
            (Double(bitPattern: 0xc0934a0000000000) /* -1234.5 */, "012,.2f", .ok("-0,001,234.50")),
            (Double(bitPattern: 0x40934a0000000000) /* 1234.5 */, "^15.1f", .ok("    1234.5     ")),
            (Double(bitPattern: 0x40934a0000000000) /* 1234.5 */, "*<15", .ok("1234.5*********")),
            (Double(bitPattern: 0x3fe0000000000000) /* 0.5 */, " .1f", .ok(" 0.5")),
            (Double(bitPattern: 0x400921f9f01b866e) /* 3.14159 */, ".10", .ok("3.14159")),
            (Double(bitPattern: 0x4008000000000000) /* 3.0 */, ".10", .ok("3.0")),
            (Double(bitPattern: 0x3e7ad7f29abcaf48) /* 1e-07 */, "", .ok("1e-07")),
            (Double(bitPattern: 0x3e7ad7f29abcaf48) /* 1e-07 */, ".3", .ok("1e-07")),
            (Double(bitPattern: 0x0000000000000001) /* 5e-324 */, "", .ok("5e-324")),
            (Double(bitPattern: 0x0000000000000001) /* 5e-324 */, ".1000", .ok("4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625e-324")),
            (Double(bitPattern: 0x7fefffffffffffff) /* 1.7976931348623157e+308 */, "f", .ok("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000")),
            (Double(bitPattern: 0x7fefffffffffffff) /* 1.7976931348623157e+308 */, ",", .ok("1.7976931348623157e+308")),
            (Double(bitPattern: 0x3fb999999999999a) /* 0.1 */, ".100f", .ok("0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000")),
            (Double(bitPattern: 0x3fb999999999999a) /* 0.1 */, ".30e", .ok("1.000000000000000055511151231258e-01")),
            (Double(bitPattern: 0x4004000000000000) /* 2.5 */, ".0e", .ok("2e+00")),
            (Double(bitPattern: 0x400c000000000000) /* 3.5 */, ".0e", .ok("4e+00")),
            (Double(bitPattern: 0x4023fd70a3d70a3d) /* 9.995 */, ".2f", .ok("9.99")),
            (Double(bitPattern: 0x4023fff2e48e8a72) /* 9.9999 */, ".3g", .ok("10")),
            (Double(bitPattern: 0x40f869f800000000) /* 99999.5 */, ".6g", .ok("99999.5")),
            (Double(bitPattern: 0x3ee9e0fcaf9380fc) /* 1.234e-05 */, ".2", .ok("1.2e-05")),
            (Double(bitPattern: 0x430c6bf526340000) /* 1000000000000000.0 */, ".16", .ok("1e+15")),
            (Double(bitPattern: 0x4341c37937e08000) /* 1e+16 */, ".16", .ok("1e+16")),
        ]
        for (v, spec, want) in cases {
            supportCheck(want, "format(\(v), \(spec))") { try pyFormat(v, spec: spec) }
        }
    }

    func testString() {
        let cases: [(String, String, SupportExpect)] = [
            ("abc", "", .ok("abc")),
            ("abc", "5", .ok("abc  ")),
            ("abc", ">5", .ok("  abc")),
            ("abc", "^6", .ok(" abc  ")),
            ("abc", "*^7", .ok("**abc**")),
            ("abc", ".2", .ok("ab")),
            ("héllo", ".3", .ok("hél")),
            ("中文", "^6", .ok("  中文  ")),
            ("abc", "s", .ok("abc")),
            ("abc", "05", .ok("abc00")),
            ("abc", "+", .error(.valueError("Sign not allowed in string format specifier"))),
            ("abc", " ", .error(.valueError("Space not allowed in string format specifier"))),
            ("abc", "#", .error(.valueError("Alternate form (#) not allowed in string format specifier"))),
            ("abc", "=5", .error(.valueError("'=' alignment not allowed in string format specifier"))),
            ("abc", "z", .error(.valueError("Negative zero coercion (z) not allowed in string format specifier"))),
            ("abc", ",", .error(.valueError("Cannot specify ',' with 's'."))),
            ("abc", "d", .error(.valueError("Unknown format code 'd' for object of type 'str'"))),
            ("abc", "x<8.1s", .ok("axxxxxxx")),
            ("", "3", .ok("   ")),
        ]
        for (v, spec, want) in cases {
            supportCheck(want, "format(\(v), \(spec))") { try pyFormat(v, spec: spec) }
        }
    }

    func testSpecParsing() throws {
        let spec = try FormatSpec("*^+#012_.3f", defaultType: nil, defaultAlign: .right, typeName: "float")
        XCTAssertEqual(spec.fill, "*")
        XCTAssertEqual(spec.align, .center)
        XCTAssertEqual(spec.sign, .plus)
        XCTAssertTrue(spec.alternate)
        XCTAssertEqual(spec.width, 12)
        XCTAssertEqual(spec.grouping, .underscore)
        XCTAssertEqual(spec.precision, 3)
        XCTAssertEqual(spec.type, "f")
        let zero = try FormatSpec("08", defaultType: "d", defaultAlign: .right, typeName: "int")
        XCTAssertEqual(zero.fill, "0")
        XCTAssertEqual(zero.align, .afterSign)
        XCTAssertEqual(zero.type, "d")
        let text = try FormatSpec("08", defaultType: "s", defaultAlign: .left, typeName: "str")
        XCTAssertNil(text.align)
    }

    func testPercentRendering() throws {
        // (format, rendered pieces): each directive is rendered with the matching helper.
        let cases: [(String, [PercentArg], String)] = [
            ("%s", [.text("abc")], "abc"),
            ("%5s|", [.text("ab")], "   ab|"),
            ("%-5s|", [.text("ab")], "ab   |"),
            ("%.2s", [.text("abc")], "ab"),
            ("%5.1s|", [.text("abc")], "    a|"),
            ("%d", [.int(BigInt("42", radix: 10)!)], "42"),
            ("%5d", [.int(BigInt("-42", radix: 10)!)], "  -42"),
            ("%-5d|", [.int(BigInt("42", radix: 10)!)], "42   |"),
            ("%05d", [.int(BigInt("-42", radix: 10)!)], "-0042"),
            ("%+d", [.int(BigInt("42", radix: 10)!)], "+42"),
            ("% d", [.int(BigInt("42", radix: 10)!)], " 42"),
            ("%.5d", [.int(BigInt("-42", radix: 10)!)], "-00042"),
            ("%#.5x", [.int(BigInt("42", radix: 10)!)], "0x0002a"),
            ("%#o", [.int(BigInt("8", radix: 10)!)], "0o10"),
            ("%#o", [.int(BigInt("-8", radix: 10)!)], "-0o10"),
            ("%x", [.int(BigInt("-255", radix: 10)!)], "-ff"),
            ("%#X", [.int(BigInt("255", radix: 10)!)], "0XFF"),
            ("%#x", [.int(BigInt("0", radix: 10)!)], "0x0"),
            ("%+x", [.int(BigInt("255", radix: 10)!)], "+ff"),
            ("% 05d", [.int(BigInt("42", radix: 10)!)], " 0042"),
            ("%-05d|", [.int(BigInt("42", radix: 10)!)], "42   |"),
            ("%08.3d", [.int(BigInt("-5", radix: 10)!)], "-0000005"),
            ("%-8.3d|", [.int(BigInt("-5", radix: 10)!)], "-005    |"),
            ("%.0d", [.int(BigInt("0", radix: 10)!)], "0"),
            ("%.3d", [.int(BigInt("0", radix: 10)!)], "000"),
            ("%i %u", [.int(BigInt("7", radix: 10)!), .int(BigInt("8", radix: 10)!)], "7 8"),
            ("%d", [.int(BigInt("1000000000000000000000000000000", radix: 10)!)], "1000000000000000000000000000000"),
            ("%e", [.float(Double(bitPattern: 0x0000000000000000) /* 0.0 */)], "0.000000e+00"),
            ("%.0e", [.float(Double(bitPattern: 0x3ff8000000000000) /* 1.5 */)], "2e+00"),
            ("%.0f", [.float(Double(bitPattern: 0x4004000000000000) /* 2.5 */)], "2"),
            ("%#.0f", [.float(Double(bitPattern: 0x4004000000000000) /* 2.5 */)], "2."),
            ("%+.3e", [.float(Double(bitPattern: 0x40c81cd6c8b43958) /* 12345.678 */)], "+1.235e+04"),
            ("%#g", [.float(Double(bitPattern: 0x3ff0000000000000) /* 1.0 */)], "1.00000"),
            ("%g", [.float(Double(bitPattern: 0x3ee4f8b588e368f1) /* 1e-05 */)], "1e-05"),
            ("%10.3F", [.float(.infinity)], "       INF"),
            ("%05f", [.float(.infinity)], "00inf"),
            ("%-08.2f|", [.float(Double(bitPattern: 0xbff8000000000000) /* -1.5 */)], "-1.50   |"),
            ("%05.1f", [.float(Double(bitPattern: 0xbff4000000000000) /* -1.25 */)], "-01.2"),
            ("%010.3e", [.float(Double(bitPattern: 0xc0c81cd6c8b43958) /* -12345.678 */)], "-1.235e+04"),
            ("%g", [.float(Double(bitPattern: 0x40f86a0000000000) /* 100000.0 */)], "100000"),
            ("%g", [.float(Double(bitPattern: 0x412e848000000000) /* 1000000.0 */)], "1e+06"),
            ("%#.3g", [.float(Double(bitPattern: 0x3f1a36e2eb1c432d) /* 0.0001 */)], "0.000100"),
            ("%.2g", [.float(Double(bitPattern: 0x0000000000000000) /* 0.0 */)], "0"),
            ("%G", [.float(Double(bitPattern: 0x3ddb7cdfd9d7bdbb) /* 1e-10 */)], "1E-10"),
            ("%f", [.float(Double(bitPattern: 0x7e37e43c8800759c) /* 1e+300 */)], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"),
            ("%.3g", [.float(Double(bitPattern: 0x4132d68700000000) /* 1234567.0 */)], "1.23e+06"),
            ("%10.4g|", [.float(Double(bitPattern: 0x400921f9f01b866e) /* 3.14159 */)], "     3.142|"),
            ("%c", [.int(BigInt("65", radix: 10)!)], "A"),
            ("%5c|", [.int(BigInt("20013", radix: 10)!)], "    中|"),
            ("%-3c|", [.int(BigInt("97", radix: 10)!)], "a  |"),
            ("%.0c", [.int(BigInt("97", radix: 10)!)], "a"),
            ("%r", [.text("é")], "'é'"),
            ("%a", [.text("é")], "'\\xe9'"),
            ("%.3r", [.text("abc")], "'ab"),
            ("%%", [], "%"),
            ("a%%b%s", [.text("c")], "a%bc"),
            ("%ld %hi %Lf", [.int(BigInt("1", radix: 10)!), .int(BigInt("2", radix: 10)!), .float(Double(bitPattern: 0x4008000000000000) /* 3.0 */)], "1 2 3.000000"),
        ]
        for (format, args, want) in cases {
            XCTAssertEqual(try renderPercent(format, args), want, format)
        }
    }

    func testPercentErrors() {
        let cases: [(String, PyFormatError)] = [
            ("%", .valueError("incomplete format")),
            ("%(a", .valueError("incomplete format key")),
            ("%5", .valueError("incomplete format")),
            ("% ", .valueError("incomplete format")),
            ("%y", .valueError("unsupported format character 'y' (0x79) at index 1")),
            ("%d %y", .valueError("unsupported format character 'y' (0x79) at index 4")),
            ("%(a)y", .valueError("unsupported format character 'y' (0x79) at index 4")),
            ("%中", .valueError("unsupported format character '?' (0x4e2d) at index 1")),
            ("%\u{1}", .valueError("unsupported format character '?' (0x1) at index 1")),
            ("%\u{1f}", .valueError("unsupported format character '\u{1f}' (0x1f) at index 1")),
            ("%\u{7f}", .valueError("unsupported format character '?' (0x7f) at index 1")),
            ("%~", .valueError("unsupported format character '~' (0x7e) at index 1")),
            ("%5%", .valueError("unsupported format character '%' (0x25) at index 2")),
            ("%999999999999999999999d", .valueError("width too big")),
            ("%.999999999999999999999d", .valueError("precision too big")),
        ]
        for (format, want) in cases {
            XCTAssertThrowsError(try renderPercent(format, [.int(1), .int(2)], mapping: true)) {
                XCTAssertEqual($0 as? PyFormatError, want, format)
            }
        }
        XCTAssertEqual(pyPercentTypeErrorMessage(conversion: "d", typeName: "str"), "%d format: a real number is required, not str")
        XCTAssertEqual(pyPercentTypeErrorMessage(conversion: "x", typeName: "float"), "%x format: an integer is required, not float")
        XCTAssertEqual(pyPercentTypeErrorMessage(conversion: "f", typeName: "str"), "must be real number, not str")
        XCTAssertEqual(pyPercentTypeErrorMessage(conversion: "c", typeName: "float"), "%c requires int or char")
        XCTAssertThrowsError(try pyPercentChar(BigInt(0x110000))) { XCTAssertEqual($0 as? PyFormatError, .overflowError("%c arg not in range(0x110000)")) }
    }

    func testPercentParse() {
        let segments = pyParsePercentFormat("a%(k)-*.*lfb%%")
        guard segments.count == 3, case .directive(let d) = segments[1] else { return XCTFail("\(segments)") }
        XCTAssertEqual(segments[0], .literal("a"))
        XCTAssertEqual(segments[2], .literal("b%"))
        XCTAssertEqual(d.mappingKey, "k")
        XCTAssertTrue(d.leftAlign)
        XCTAssertEqual(d.width, .star)
        XCTAssertEqual(d.precision, .star)
        XCTAssertEqual(d.conversion, "f")
        XCTAssertEqual(d.conversionIndex, 10)
        let resolved = d.resolving(width: -7, precision: -2)
        XCTAssertEqual(resolved.width, .value(7))
        XCTAssertEqual(resolved.precision, .value(0))
        XCTAssertEqual(pyParsePercentFormat("%(a(b))s").count, 1)
    }
}

/// An argument for the %-formatting test driver.
enum PercentArg {
    case int(BigInt)
    case float(Double)
    case text(String)
}

/// A minimal stand-in for the interpreter's `str % args` loop over the Support helpers.
func renderPercent(_ format: String, _ args: [PercentArg], mapping: Bool = false) throws -> String {
    var next = 0
    func take() throws -> PercentArg {
        guard next < args.count else { throw PyFormatError.typeError("not enough arguments for format string") }
        next += 1
        return args[next - 1]
    }
    var out = ""
    for segment in pyParsePercentFormat(format) {
        switch segment {
        case .literal(let text): out += text
        case .error(let e): throw e
        case .directive(let d):
            let arg = try take()
            try pyPercentCheckConversion(d)
            switch (d.conversion, arg) {
            case ("c", .int(let v)): out += pyPercentFormatText(try pyPercentChar(v), d)
            case ("s", .text(let t)), ("c", .text(let t)): out += pyPercentFormatText(t, d)
            case ("r", .text(let t)): out += pyPercentFormatText(pyStrRepr(t), d)
            case ("a", .text(let t)): out += pyPercentFormatText(pyAscii(t), d)
            case (_, .int(let v)) where "diuoxX".unicodeScalars.contains(d.conversion): out += try pyPercentFormatInt(v, d)
            case (_, .int(let v)): out += try pyPercentFormatFloat(try pyIntToDouble(v), d)
            case (_, .float(let x)): out += try pyPercentFormatFloat(x, d)
            default: throw PyFormatError.typeError("unsupported in test driver")
            }
        }
    }
    if next < args.count && !mapping {
        throw PyFormatError.typeError("not all arguments converted during string formatting")
    }
    return out
}
