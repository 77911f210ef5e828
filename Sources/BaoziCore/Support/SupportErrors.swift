// Errors raised by the Support library, mapped by the interpreter onto Python exceptions.

/// Where a codec failed, in the shape Python's UnicodeEncodeError/UnicodeDecodeError expose
/// (`encoding`, `start`, `end`, `reason`), together with the exact message `str(exc)` shows.
struct PyUnicodeErrorInfo: Equatable {
    var encoding: String
    /// First failing position: a code-point index when encoding, a byte index when decoding.
    var start: Int
    /// One past the last failing position.
    var end: Int
    var reason: String
    /// The text of `str(exc)`, e.g. "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
    var message: String
}

/// The one error type of the Support library. Each case names the Python exception the
/// interpreter should raise; the payload is CPython 3.11's message, byte for byte.
enum PyFormatError: Error, Equatable {
    case valueError(String)
    case typeError(String)
    case overflowError(String)
    case zeroDivisionError(String)
    case lookupError(String)
    case memoryError(String)
    case unicodeEncodeError(PyUnicodeErrorInfo)
    case unicodeDecodeError(PyUnicodeErrorInfo)

    /// The exception message as Python prints it after the exception name.
    var message: String {
        switch self {
        case .valueError(let m), .typeError(let m), .overflowError(let m),
             .zeroDivisionError(let m), .lookupError(let m), .memoryError(let m):
            return m
        case .unicodeEncodeError(let info), .unicodeDecodeError(let info):
            return info.message
        }
    }
}
