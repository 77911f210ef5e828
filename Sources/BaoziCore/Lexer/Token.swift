// Tokens produced by the lexer and consumed by the parser.

/// What a token is. Keywords get their own kinds so the parser can switch on them;
/// soft keywords (`match`, `case`, `_`) stay ordinary names.
enum TokenKind: UInt8 {
    case endMarker
    case name
    case number
    case string
    case newline
    case indent
    case dedent
    /// A character that starts no token (`$`, `?`, a backquote, a lone `!`): the parser reports
    /// "invalid syntax" at it, as CPython does.
    case errorToken

    // Brackets.
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace

    // Delimiters.
    case colon, comma, semicolon, dot, ellipsis, arrow, at, colonEqual, equal

    // Operators.
    case plus, minus, star, slash, doubleSlash, percent, doubleStar
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    case less, greater, equalEqual, notEqual, lessEqual, greaterEqual

    // Augmented assignment.
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual
    case doubleStarEqual, atEqual, vbarEqual, amperEqual, circumflexEqual
    case leftShiftEqual, rightShiftEqual

    // Keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak
    case kwClass, kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor
    case kwFrom, kwGlobal, kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot
    case kwOr, kwPass, kwRaise, kwReturn, kwTry, kwWhile, kwWith, kwYield

    var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }

    /// The binary operator of an augmented assignment token such as `+=`.
    var augmentedOperator: BinaryOp? {
        switch self {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mul
        case .slashEqual: return .div
        case .doubleSlashEqual: return .floorDiv
        case .percentEqual: return .mod
        case .doubleStarEqual: return .pow
        case .atEqual: return .matmul
        case .vbarEqual: return .bitOr
        case .amperEqual: return .bitAnd
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lshift
        case .rightShiftEqual: return .rshift
        default: return nil
        }
    }
}

/// One token: its kind, where its text lies in the source scalars, and its position.
///
/// `start`/`end` index the lexer's scalar array; `startLocation`/`endLocation` are the
/// 1-based line and 0-based column (in Unicode scalars) of the first character and of the
/// position just past the last one. NEWLINE, INDENT-less DEDENT and ENDMARKER tokens are empty.
struct Token {
    var kind: TokenKind
    /// How many brackets were open before this token (CPython's tokenizer "level").
    var bracketDepth: UInt8
    var start: Int
    var end: Int
    var startLocation: SourceLocation
    var endLocation: SourceLocation

    var range: SourceRange { SourceRange(start: startLocation, end: endLocation) }
}
