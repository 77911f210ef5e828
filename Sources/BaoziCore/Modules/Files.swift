// open() and file objects, and the native `_os` module the Baozi-written `os`/`posixpath` use.

import Foundation

/// An open file: text or binary, read or write. Reads load the whole file at open (scripts'
/// files are small) and decode it once; writes go straight to the descriptor.
final class FileObj: Obj {
    let path: String
    let mode: String
    let binary: Bool
    let readable: Bool
    let writable: Bool
    let encoding: String
    let errors: String
    /// open()'s `newline`: nil means universal newlines (\r\n and \r read as \n).
    let newline: String?
    var handle: FileHandle?
    /// The content of a readable binary file.
    var bytes: [UInt8] = []
    /// The decoded content of a readable text file.
    var text: [Unicode.Scalar] = []
    /// Read position, in bytes or code points.
    var position = 0
    var closed = false

    init(path: String, mode: FileMode, encoding: String, errors: String, newline: String?, type: TypeObj) {
        self.path = path
        self.mode = mode.text
        self.binary = mode.binary
        self.readable = mode.readable
        self.writable = mode.writable
        self.encoding = encoding
        self.errors = errors
        self.newline = newline
        super.init(type: type)
    }
}

/// A parsed open() mode string.
struct FileMode {
    enum Action { case read, write, append, create }
    let text: String
    let action: Action
    let binary: Bool
    let update: Bool

    var readable: Bool { action == .read || update }
    var writable: Bool { action != .read || update }

    /// Parses "r", "wb", "a+", "xt"...; nil for an invalid mode.
    init?(_ mode: String) {
        var action: Action? = nil
        var binary = false, text = false, update = false
        for c in mode {
            switch c {
            case "r", "w", "a", "x":
                if action != nil { return nil }
                action = c == "r" ? .read : (c == "w" ? .write : (c == "a" ? .append : .create))
            case "b": if binary { return nil }; binary = true
            case "t": if text { return nil }; text = true
            case "+": if update { return nil }; update = true
            default: return nil
            }
        }
        guard let action, !(binary && text) else { return nil }
        self.text = mode
        self.action = action
        self.binary = binary
        self.update = update
    }
}

extension Interpreter {
    func setUpFileBuiltins(_ ns: DictObj) {
        // io.UnsupportedOperation: reading a write-only file or writing a read-only one.
        let unsupported = try! makeClass(name: "UnsupportedOperation",
                                         bases: [Value(types.exceptions.osError), Value(types.exceptions.valueError)],
                                         namespace: newDictObj(), metatype: types.type)
        unsupported.module = "io"
        unsupportedOperation = heap.makePermanent(unsupported)

        define(ns, "open") { interp, args in
            try interp.require(.files, "open()")
            return try interp.openBuiltin(args)
        }
        let f = types.file
        method(f, "read") { interp, args in
            try interp.expectMethodArgs(args, "read", min: 0, max: 1)
            let file = try interp.usableFile(args, readable: true)
            var n = -1
            if args.positionalCount > 1, !args[1].isNone { n = try interp.indexValueForRange(args[1]) }
            return interp.fileRead(file, count: n)
        }
        method(f, "readline") { interp, args in
            let file = try interp.usableFile(args, readable: true)
            // At end of file: an empty str or bytes.
            return interp.fileLine(file) ?? interp.fileRead(file, count: 0)
        }
        method(f, "readlines") { interp, args in
            let file = try interp.usableFile(args, readable: true)
            var lines: [Value] = []
            while let l = interp.fileLine(file) { lines.append(l) }
            return interp.newList(lines)
        }
        method(f, "__iter__") { interp, args in
            _ = try interp.fileArg(args)
            return args[0]
        }
        method(f, "__next__") { interp, args in
            let file = try interp.usableFile(args, readable: true)
            if let l = interp.fileLine(file) { return l }
            throw interp.stopIteration()
        }
        method(f, "close") { interp, args in
            if let file = args[0].asObject as? FileObj { interp.closeFile(file) }
            return .pyNone
        }
        method(f, "__enter__") { interp, args in
            _ = try interp.fileArg(args)
            return args[0]
        }
        method(f, "__exit__") { interp, args in
            if let file = args[0].asObject as? FileObj { interp.closeFile(file) }
            return .pyNone
        }
        method(f, "writelines") { interp, args in
            _ = try interp.usableFile(args, readable: false)
            for line in try interp.iterateToArray(args[1]) { _ = try interp.fileWrite(args[0], line) }
            return .pyNone
        }
        // seek/tell on a file opened for reading (its content is in memory): positions are
        // byte offsets, or code point offsets in text mode (CPython's opaque cookies).
        method(f, "seek") { interp, args in
            try interp.expectMethodArgs(args, "seek", min: 1, max: 2)
            let file = try interp.usableFile(args, readable: true)
            let offset = try interp.indexValueForRange(args[1])
            let whence = args.positionalCount > 2 ? try interp.indexValueForRange(args[2]) : 0
            let size = file.binary ? file.bytes.count : file.text.count
            if !file.binary && whence != 0 && offset != 0 {
                throw PyError(interp.makeException(interp.unsupportedOperation, "can't do nonzero \(whence == 1 ? "cur" : "end")-relative seeks"))
            }
            let target: Int
            switch whence {
            case 0: target = offset
            case 1: target = file.position + offset
            case 2: target = size + offset
            default: throw interp.valueError("invalid whence (\(whence), should be 0, 1 or 2)")
            }
            if target < 0 { throw interp.valueError("negative seek position \(target)") }
            // Past the end reads nothing, as at the end (the content never grows while read).
            file.position = min(target, size)
            return .int(target)
        }
        method(f, "tell") { interp, args in
            .int(try interp.usableFile(args, readable: true).position)
        }
        method(f, "readable") { interp, args in .bool(try interp.fileArg(args).readable) }
        method(f, "writable") { interp, args in .bool(try interp.fileArg(args).writable) }
        getter(f, "closed") { interp, v in .bool((v.asObject as? FileObj)?.closed ?? false) }
        getter(f, "name") { interp, v in
            if let stream = v.asObject as? StdStreamObj { return interp.newStr(stream.isError ? "<stderr>" : "<stdout>") }
            return (v.asObject as? FileObj).map { interp.newStr($0.path) } ?? interp.newStr("<stdout>")
        }
        getter(f, "mode") { interp, v in interp.newStr((v.asObject as? FileObj)?.mode ?? "w") }

        _ = makeModule("_os") { d in
            define(d, "stat_kind") { interp, args in
                try interp.require(.files, "os.stat()")
                guard let p = args[0].asObject as? StrObj else { throw interp.typeError("path must be str") }
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: p.value, isDirectory: &isDir) else { return interp.newStr("missing") }
                return interp.newStr(isDir.boolValue ? "dir" : "file")
            }
            define(d, "getcwd") { interp, _ in
                try interp.require(.files, "os.getcwd()")
                return interp.newStr(FileManager.default.currentDirectoryPath)
            }
            define(d, "getsize") { interp, args in
                try interp.require(.files, "os.path.getsize()")
                guard let p = args[0].asObject as? StrObj else { throw interp.typeError("path must be str") }
                guard let attrs = try? FileManager.default.attributesOfItem(atPath: p.value),
                      let size = attrs[.size] as? NSNumber else {
                    throw interp.osError(interp.types.exceptions.fileNotFoundError, 2, "No such file or directory", p.value)
                }
                return .int(size.intValue)
            }
            define(d, "getenv") { interp, args in
                try interp.require(.environment, "os.getenv()")
                guard let n = args[0].asObject as? StrObj else { return .pyNone }
                return ProcessInfo.processInfo.environment[n.value].map { interp.newStr($0) } ?? .pyNone
            }
            define(d, "environ") { interp, _ in
                try interp.require(.environment, "os.environ")
                let env = interp.newDictObj()
                for (k, v) in ProcessInfo.processInfo.environment.sorted(by: { $0.key < $1.key }) { env.setString(interp.intern(k), interp.newStr(v)) }
                return Value(env)
            }
            define(d, "remove") { interp, args in
                try interp.require(.files, "os.remove()")
                guard let p = args[0].asObject as? StrObj else { throw interp.typeError("path must be str") }
                do { try FileManager.default.removeItem(atPath: p.value) } catch {
                    throw interp.osError(interp.types.exceptions.fileNotFoundError, 2, "No such file or directory", p.value)
                }
                return .pyNone
            }
            define(d, "listdir") { interp, args in
                try interp.require(.files, "os.listdir()")
                if args.positionalCount > 0, !(args[0].asObject is StrObj) {
                    throw interp.typeError("listdir: path should be string, bytes, os.PathLike or None, not \(interp.typeName(args[0]))")
                }
                let p = (args.positionalCount > 0 ? (args[0].asObject as? StrObj)?.value : nil) ?? "."
                guard let items = try? FileManager.default.contentsOfDirectory(atPath: p) else {
                    throw interp.osError(interp.types.exceptions.fileNotFoundError, 2, "No such file or directory", p)
                }
                return interp.newList(items.sorted().map { interp.newStr($0) })
            }
            define(d, "urandom_int") { _, _ in .int(Int.random(in: 0...Int.max)) }
            setUpOSCalls(d)
        }
    }

    /// str() of an OSError made with (errno, strerror[, filename]): "[Errno 2] No such file or
    /// directory: 'x.txt'". Nil for other exceptions and other argument shapes.
    func osErrorStr(_ e: ExceptionObj) throws -> String? {
        guard e.type.isSubtype(of: types.exceptions.osError), (2...5).contains(e.args.count) else { return nil }
        let head = "[Errno \(try str(e.args[0]))] \(try str(e.args[1]))"
        guard e.args.count >= 3, !e.args[2].isNone else { return head }
        return head + ": " + (try repr(e.args[2]))
    }

    func osError(_ type: TypeObj, _ errno: Int, _ message: String, _ filename: String) -> PyError {
        let e = heap.track(ExceptionObj(args: [.int(errno), newStr(message), newStr(filename)], type: type))
        return PyError(e)
    }

    /// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None).
    func openBuiltin(_ args: Arguments) throws -> Value {
        func arg(_ i: Int, _ name: String) -> Value? {
            let v = i < args.positionalCount ? args[i] : args.keyword(name)
            return v?.isNone == true ? nil : v
        }
        func strArg(_ i: Int, _ name: String) throws -> String? {
            guard let v = arg(i, name) else { return nil }
            guard let s = v.asObject as? StrObj else {
                throw typeError("open() argument '\(name)' must be str or None, not \(typeName(v))")
            }
            return s.value
        }
        guard let fileArgument = arg(0, "file") else { throw typeError("open() missing required argument 'file' (pos 1)") }
        // An os.PathLike (pathlib.Path) opens the path its __fspath__ returns.
        var pathValue = fileArgument
        if !(pathValue.asObject is StrObj), typeOf(pathValue).lookup(intern("__fspath__")) != nil {
            pathValue = try callMethod(pathValue, "__fspath__", [])
        }
        guard let path = pathValue.asObject as? StrObj else {
            throw typeError("expected str, bytes or os.PathLike object, not \(typeName(fileArgument))")
        }
        let modeText = try strArg(1, "mode") ?? "r"
        guard let mode = FileMode(modeText) else { throw valueError("invalid mode: '\(modeText)'") }
        let encoding = try strArg(3, "encoding")
        let errors = try strArg(4, "errors")
        let newline = try strArg(5, "newline")
        if mode.binary {
            if encoding != nil { throw valueError("binary mode doesn't take an encoding argument") }
            if errors != nil { throw valueError("binary mode doesn't take an errors argument") }
            if newline != nil { throw valueError("binary mode doesn't take a newline argument") }
        }
        if let nl = newline, !["", "\n", "\r", "\r\n"].contains(nl) { throw valueError("illegal newline value: \(nl)") }
        let file = heap.track(FileObj(path: path.value, mode: mode, encoding: encoding ?? "utf-8", errors: errors ?? "strict",
                                      newline: newline, type: types.file))
        try openFile(file, mode)
        return Value(file)
    }

    /// Opens the descriptor of a new file object and loads a readable file's content.
    private func openFile(_ file: FileObj, _ mode: FileMode) throws {
        let fm = FileManager.default
        let path = file.path
        var isDir: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDir)
        if exists && isDir.boolValue { throw osError(types.exceptions.isADirectoryError, 21, "Is a directory", path) }
        switch mode.action {
        case .read:
            guard exists else { throw osError(types.exceptions.fileNotFoundError, 2, "No such file or directory", path) }
        case .create:
            if exists { throw osError(types.exceptions.fileExistsError, 17, "File exists", path) }
            fallthrough
        case .write:
            guard fm.createFile(atPath: path, contents: nil) else {
                throw osError(types.exceptions.fileNotFoundError, 2, "No such file or directory", path)
            }
        case .append:
            if !exists, !fm.createFile(atPath: path, contents: nil) {
                throw osError(types.exceptions.fileNotFoundError, 2, "No such file or directory", path)
            }
        }
        if mode.readable {
            guard let data = fm.contents(atPath: path) else {
                throw osError(types.exceptions.permissionError, 13, "Permission denied", path)
            }
            if file.binary {
                file.bytes = Array(data)
            } else {
                do {
                    let decoded = try pyDecode(Array(data), encoding: file.encoding, errors: file.errors)
                    file.text = Array(translateNewlinesOnRead(decoded, file.newline).unicodeScalars)
                } catch let e as PyFormatError {
                    throw mapFormatError(e)
                }
            }
        }
        if mode.writable {
            guard let h = FileHandle(forWritingAtPath: path) else {
                throw osError(types.exceptions.permissionError, 13, "Permission denied", path)
            }
            if mode.action == .append { h.seekToEndOfFile() }
            file.handle = h
        }
    }

    /// Universal newlines: with newline=None, \r\n and \r read as \n.
    private func translateNewlinesOnRead(_ s: String, _ newline: String?) -> String {
        guard newline == nil, s.utf8.contains(13) else { return s }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for c in s.unicodeScalars {
            if c == "\n" && previousCR { previousCR = false; continue }
            previousCR = c == "\r"
            out.append(previousCR ? "\n" : c)
        }
        return String(out)
    }

    /// The open file a read (or write) method was called on; io.UnsupportedOperation when the
    /// mode does not allow it.
    func usableFile(_ args: Arguments, readable: Bool) throws -> FileObj {
        let file = try fileArg(args)
        try checkUsable(file, readable: readable)
        return file
    }

    private func checkUsable(_ file: FileObj, readable: Bool) throws {
        if readable ? !file.readable : !file.writable {
            throw PyError(makeException(unsupportedOperation, readable ? "not readable" : "not writable"))
        }
    }

    func fileArg(_ args: Arguments) throws -> FileObj {
        guard args.positionalCount > 0, let f = args[0].asObject as? FileObj else { throw typeError("descriptor requires a file object") }
        if f.closed { throw valueError("I/O operation on closed file.") }
        return f
    }

    /// Up to `count` bytes or characters from the read position (all when negative).
    func fileRead(_ file: FileObj, count: Int) -> Value {
        if file.binary {
            let end = count < 0 ? file.bytes.count : min(file.bytes.count, file.position + count)
            defer { file.position = end }
            return newBytes(Array(file.bytes[file.position..<end]))
        }
        let end = count < 0 ? file.text.count : min(file.text.count, file.position + count)
        defer { file.position = end }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: file.text[file.position..<end])
        return newStr(String(s))
    }

    /// The next line, with its terminator; nil at end of file.
    func fileLine(_ file: FileObj) -> Value? {
        if file.binary {
            guard file.position < file.bytes.count else { return nil }
            let end = file.bytes[file.position...].firstIndex(of: 10).map { $0 + 1 } ?? file.bytes.count
            return fileRead(file, count: end - file.position)
        }
        guard file.position < file.text.count else { return nil }
        return fileRead(file, count: textLineLength(file) )
    }

    /// Length of the text line at the read position: lines end at \n, or as open()'s newline says.
    private func textLineLength(_ file: FileObj) -> Int {
        let text = file.text
        var i = file.position
        while i < text.count {
            let c = text[i]
            i += 1
            switch file.newline {
            case nil, "\n"?: if c == "\n" { return i - file.position }
            case "\r"?: if c == "\r" { return i - file.position }
            case "\r\n"?: if c == "\r" && i < text.count && text[i] == "\n" { return i + 1 - file.position }
            default:
                if c == "\n" { return i - file.position }
                if c == "\r" { return (i < text.count && text[i] == "\n" ? i + 1 : i) - file.position }
            }
        }
        return text.count - file.position
    }

    func closeFile(_ file: FileObj) {
        if let h = file.handle { try? h.close() }
        file.handle = nil
        file.closed = true
    }

    /// `file.write(data)`: str for text files (newlines translated as open()'s newline says),
    /// bytes for binary ones. Returns the number of characters or bytes written.
    func fileWrite(_ file: Value, _ data: Value) throws -> Value {
        guard let f = file.asObject as? FileObj else { throw typeError("write() needs a file") }
        if f.closed { throw valueError("I/O operation on closed file.") }
        try checkUsable(f, readable: false)
        let out: [UInt8]
        let written: Int
        if f.binary {
            guard let b = data.asObject as? BytesObj else {
                throw typeError("a bytes-like object is required, not '\(typeName(data))'")
            }
            out = b.bytes
            written = b.bytes.count
        } else {
            guard let s = data.asObject as? StrObj else {
                throw typeError("write() argument must be str, not \(typeName(data))")
            }
            var text = s.value
            if let nl = f.newline, !nl.isEmpty, nl != "\n" { text = text.replacingOccurrences(of: "\n", with: nl) }
            do { out = try pyEncode(text, encoding: f.encoding, errors: f.errors) } catch let e as PyFormatError { throw mapFormatError(e) }
            written = s.count
        }
        f.handle?.write(Data(out))
        return .int(written)
    }
}
