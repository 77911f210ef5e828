// open() and file objects, and the native `_os` module the Baozi-written `os`/`posixpath` use.

import Foundation

/// An open file: text or binary, read or write. Reads load the file at open (scripts' files are
/// small); writes go straight to the descriptor.
public final class FileObj: Obj {
    let path: String
    let mode: String
    let binary: Bool
    var handle: FileHandle?
    /// Unread content, for reading modes.
    var buffer: [UInt8] = []
    var position = 0
    var closed = false

    init(path: String, mode: String, type: TypeObj) {
        self.path = path
        self.mode = mode
        self.binary = mode.contains("b")
        super.init(type: type)
    }
}

extension Interpreter {
    func setUpFileBuiltins(_ ns: DictObj) {
        define(ns, "open") { interp, args in
            guard args.positionalCount >= 1 else { throw interp.typeError("open() missing required argument 'file' (pos 1)") }
            guard let path = args[0].asObject as? StrObj else { throw interp.typeError("expected str, bytes or os.PathLike object, not \(interp.typeName(args[0]))") }
            let mode = (args.positionalCount > 1 ? args[1] : (args.keyword("mode") ?? interp.newStr("r"))).asObject as? StrObj
            return Value(try interp.openFile(path.value, mode: mode?.value ?? "r"))
        }
        let f = types.file
        method(f, "read") { interp, args in
            let file = try interp.fileArg(args)
            var n = -1
            if args.positionalCount > 1, case .int(let k) = args[1] { n = k }
            let end = n < 0 ? file.buffer.count : min(file.buffer.count, file.position + n)
            let chunk = Array(file.buffer[file.position..<end])
            file.position = end
            return file.binary ? interp.newBytes(chunk) : interp.newStr(String(decoding: chunk, as: UTF8.self))
        }
        method(f, "readline") { interp, args in
            let file = try interp.fileArg(args)
            return interp.fileLine(file) ?? (file.binary ? interp.newBytes([]) : interp.newStr(""))
        }
        method(f, "readlines") { interp, args in
            let file = try interp.fileArg(args)
            var lines: [Value] = []
            while let l = interp.fileLine(file) { lines.append(l) }
            return interp.newList(lines)
        }
        method(f, "__iter__") { interp, args in
            _ = try interp.fileArg(args)
            return args[0]
        }
        method(f, "__next__") { interp, args in
            let file = try interp.fileArg(args)
            if let l = interp.fileLine(file) { return l }
            throw interp.stopIteration()
        }
        method(f, "close") { interp, args in
            if let file = args[0].asObject as? FileObj { interp.closeFile(file) }
            return .none
        }
        method(f, "__enter__") { interp, args in
            _ = try interp.fileArg(args)
            return args[0]
        }
        method(f, "__exit__") { interp, args in
            if let file = args[0].asObject as? FileObj { interp.closeFile(file) }
            return .bool(false)
        }
        method(f, "writelines") { interp, args in
            for line in try interp.iterateToArray(args[1]) {
                guard let s = line.asObject as? StrObj else { throw interp.typeError("write() argument must be str") }
                _ = try interp.fileWrite(args[0], s)
            }
            return .none
        }

        _ = makeModule("_os") { d in
            define(d, "stat_kind") { interp, args in
                guard let p = args[0].asObject as? StrObj else { throw interp.typeError("path must be str") }
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: p.value, isDirectory: &isDir) else { return interp.newStr("missing") }
                return interp.newStr(isDir.boolValue ? "dir" : "file")
            }
            define(d, "getcwd") { interp, _ in interp.newStr(FileManager.default.currentDirectoryPath) }
            define(d, "getsize") { interp, args in
                guard let p = args[0].asObject as? StrObj else { throw interp.typeError("path must be str") }
                guard let attrs = try? FileManager.default.attributesOfItem(atPath: p.value),
                      let size = attrs[.size] as? NSNumber else {
                    throw interp.osError(interp.types.exceptions.fileNotFoundError, 2, "No such file or directory", p.value)
                }
                return .int(size.intValue)
            }
            define(d, "getenv") { interp, args in
                guard let n = args[0].asObject as? StrObj else { return .none }
                return ProcessInfo.processInfo.environment[n.value].map { interp.newStr($0) } ?? .none
            }
            define(d, "environ") { interp, _ in
                let env = interp.newDictObj()
                for (k, v) in ProcessInfo.processInfo.environment.sorted(by: { $0.key < $1.key }) { env.setString(interp.intern(k), interp.newStr(v)) }
                return Value(env)
            }
            define(d, "remove") { interp, args in
                guard let p = args[0].asObject as? StrObj else { throw interp.typeError("path must be str") }
                do { try FileManager.default.removeItem(atPath: p.value) } catch {
                    throw interp.osError(interp.types.exceptions.fileNotFoundError, 2, "No such file or directory", p.value)
                }
                return .none
            }
            define(d, "listdir") { interp, args in
                let p = (args.positionalCount > 0 ? (args[0].asObject as? StrObj)?.value : nil) ?? "."
                guard let items = try? FileManager.default.contentsOfDirectory(atPath: p) else {
                    throw interp.osError(interp.types.exceptions.fileNotFoundError, 2, "No such file or directory", p)
                }
                return interp.newList(items.sorted().map { interp.newStr($0) })
            }
            define(d, "urandom_int") { _, _ in .int(Int.random(in: 0...Int.max)) }
        }
    }

    func osError(_ type: TypeObj, _ errno: Int, _ message: String, _ filename: String) -> PyError {
        let e = heap.track(ExceptionObj(args: [.int(errno), newStr(message), newStr(filename)], type: type))
        return PyError(e)
    }

    func openFile(_ path: String, mode: String) throws -> FileObj {
        let file = heap.track(FileObj(path: path, mode: mode, type: types.file))
        let fm = FileManager.default
        if mode.contains("r") && !mode.contains("+") {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                throw osError(types.exceptions.isADirectoryError, 21, "Is a directory", path)
            }
            guard let data = fm.contents(atPath: path) else {
                throw osError(types.exceptions.fileNotFoundError, 2, "No such file or directory", path)
            }
            file.buffer = Array(data)
            return file
        }
        if mode.contains("w") || !fm.fileExists(atPath: path) {
            guard fm.createFile(atPath: path, contents: nil) else {
                throw osError(types.exceptions.fileNotFoundError, 2, "No such file or directory", path)
            }
        }
        guard let h = FileHandle(forWritingAtPath: path) else {
            throw osError(types.exceptions.permissionError, 13, "Permission denied", path)
        }
        if mode.contains("a") { h.seekToEndOfFile() }
        file.handle = h
        return file
    }

    func fileArg(_ args: Arguments) throws -> FileObj {
        guard let f = args[0].asObject as? FileObj else { throw typeError("descriptor requires a file object") }
        if f.closed { throw valueError("I/O operation on closed file.") }
        return f
    }

    func fileLine(_ file: FileObj) -> Value? {
        guard file.position < file.buffer.count else { return nil }
        var end = file.position
        while end < file.buffer.count && file.buffer[end] != 10 { end += 1 }
        if end < file.buffer.count { end += 1 }
        let chunk = Array(file.buffer[file.position..<end])
        file.position = end
        return file.binary ? newBytes(chunk) : newStr(String(decoding: chunk, as: UTF8.self))
    }

    func closeFile(_ file: FileObj) {
        if let h = file.handle { try? h.close() }
        file.handle = nil
        file.closed = true
    }

    func fileWrite(_ file: Value, _ s: StrObj) throws -> Value {
        guard let f = file.asObject as? FileObj else { throw typeError("write() needs a file") }
        if f.closed { throw valueError("I/O operation on closed file.") }
        guard let h = f.handle else { throw error(types.exceptions.osError, "not writable") }
        h.write(Data(s.value.utf8))
        return .int(s.count)
    }
}
