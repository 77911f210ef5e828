// The POSIX calls behind `os` (Modules/Lib/os.py): processes, directories, renaming, stat,
// the environment and uname, each failing with the OSError subclass CPython raises.

import Foundation

extension Interpreter {
    func setUpOSCalls(_ d: DictObj) {
        define(d, "getpid") { _, _ in .int(Int(getpid())) }
        define(d, "getppid") { _, _ in .int(Int(getppid())) }
        define(d, "getuid") { _, _ in .int(Int(getuid())) }
        define(d, "getgid") { _, _ in .int(Int(getgid())) }
        define(d, "cpu_count") { _, _ in .int(ProcessInfo.processInfo.activeProcessorCount) }
        define(d, "strerror") { interp, args in
            try interp.expectArgs(args, "strerror", min: 1, max: 1)
            guard case .int(let code) = args[0] else { throw interp.typeError("an integer is required") }
            return interp.newStr(String(cString: strerror(Int32(truncatingIfNeeded: code))))
        }
        define(d, "chdir") { interp, args in
            try interp.require(.files, "os.chdir()")
            let path = try interp.pathArg(args, 0, "chdir")
            if chdir(path) != 0 { throw interp.posixError(path) }
            return .pyNone
        }
        define(d, "mkdir") { interp, args in
            try interp.require(.files, "os.mkdir()")
            let path = try interp.pathArg(args, 0, "mkdir")
            var mode = 0o777
            if args.positionalCount > 1, case .int(let m) = args[1] { mode = m }
            if mkdir(path, mode_t(truncatingIfNeeded: mode)) != 0 { throw interp.posixError(path) }
            return .pyNone
        }
        define(d, "rmdir") { interp, args in
            try interp.require(.files, "os.rmdir()")
            let path = try interp.pathArg(args, 0, "rmdir")
            if rmdir(path) != 0 { throw interp.posixError(path) }
            return .pyNone
        }
        define(d, "unlink") { interp, args in
            try interp.require(.files, "os.remove()")
            let path = try interp.pathArg(args, 0, "remove")
            if unlink(path) != 0 { throw interp.posixError(path) }
            return .pyNone
        }
        define(d, "rename") { interp, args in
            try interp.require(.files, "os.rename()")
            let src = try interp.pathArg(args, 0, "rename")
            let dst = try interp.pathArg(args, 1, "rename")
            if rename(src, dst) != 0 { throw interp.posixError(src, dst) }
            return .pyNone
        }
        // stat(path, follow_symlinks): (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime).
        define(d, "stat") { interp, args in
            try interp.require(.files, "os.stat()")
            let path = try interp.pathArg(args, 0, "stat")
            let follow = args.positionalCount > 1 ? interp.isTruthyBool(args[1]) : true
            var st = stat()
            let rc = follow ? stat(path, &st) : lstat(path, &st)
            if rc != 0 { throw interp.posixError(path) }
            func seconds(_ t: timespec) -> Value { .float(Double(t.tv_sec) + Double(t.tv_nsec) / 1e9) }
            return interp.newTuple([.int(Int(st.st_mode)), .int(Int(st.st_ino)), .int(Int(st.st_dev)),
                                    .int(Int(st.st_nlink)), .int(Int(st.st_uid)), .int(Int(st.st_gid)),
                                    .int(Int(st.st_size)), seconds(st.st_atim), seconds(st.st_mtim),
                                    seconds(st.st_ctim)])
        }
        define(d, "putenv") { interp, args in
            try interp.require(.environment, "os.putenv()")
            let key = try interp.pathArg(args, 0, "putenv")
            let value = try interp.pathArg(args, 1, "putenv")
            if key.isEmpty || key.contains("=") { throw interp.valueError("illegal environment variable name") }
            setenv(key, value, 1)
            return .pyNone
        }
        define(d, "unsetenv") { interp, args in
            try interp.require(.environment, "os.unsetenv()")
            let key = try interp.pathArg(args, 0, "unsetenv")
            unsetenv(key)
            return .pyNone
        }
        define(d, "uname") { interp, _ in
            var u = utsname()
            uname(&u)
            func field<T>(_ value: T) -> Value {
                withUnsafeBytes(of: value) { raw in
                    let bytes = raw.prefix { $0 != 0 }
                    return interp.newStr(String(decoding: bytes, as: UTF8.self))
                }
            }
            return interp.newTuple([field(u.sysname), field(u.nodename), field(u.release), field(u.version), field(u.machine)])
        }
        define(d, "isatty") { interp, args in
            guard args.positionalCount == 1, case .int(let fd) = args[0] else { throw interp.typeError("an integer is required") }
            return .bool(isatty(Int32(truncatingIfNeeded: fd)) == 1)
        }
    }

    private func pathArg(_ args: Arguments, _ i: Int, _ function: String) throws -> String {
        guard i < args.positionalCount else {
            throw typeError("\(function)() missing required argument (pos \(i + 1))")
        }
        guard let s = args[i].asObject as? StrObj else {
            throw typeError("\(function): path should be string, bytes or os.PathLike, not \(typeName(args[i]))")
        }
        return s.value
    }

    private func isTruthyBool(_ v: Value) -> Bool {
        if case .bool(let b) = v { return b }
        return !v.isNone
    }

    /// The OSError for the current `errno`, of the subclass CPython picks for it.
    func posixError(_ path: String, _ path2: String? = nil) -> PyError {
        let code = Int(errno)
        let ex = types.exceptions
        let type: TypeObj
        switch Int32(code) {
        case ENOENT: type = ex.fileNotFoundError
        case EEXIST: type = ex.fileExistsError
        case EACCES, EPERM: type = ex.permissionError
        case ENOTDIR: type = ex.notADirectoryError
        case EISDIR: type = ex.isADirectoryError
        default: type = ex.osError
        }
        var args: ContiguousArray<Value> = [.int(code), newStr(String(cString: strerror(Int32(code)))), newStr(path)]
        if let path2 { args.append(.int(0)); args.append(newStr(path2)) }
        return PyError(heap.track(ExceptionObj(args: args, type: type)))
    }
}
