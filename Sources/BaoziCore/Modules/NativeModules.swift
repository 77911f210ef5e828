// Builtin modules written in Swift (math, time, _os), and the table of modules written in
// Baozi that ship inside the package.

import BigInt
import Foundation

extension Interpreter {
    func setUpNativeModules() {
        setUpMathModule()
        setUpGreenletModule()
        setUpHubModule()
        setUpGCModule()
        setUpWeakrefModule()
        define(sysModule.dict!, "_getframe") { interp, args in
            try interp.expectArgs(args, "_getframe", min: 0, max: 1)
            return try interp.currentFrame(depth: args.count == 1 ? try interp.indexValue(args[0], for: "int") : 0)
        }
        setUpTracebackModule()
        setUpReModule()
        setUpJSONModule()
        setUpStructModule()
        setUpHashlibModule()
        setUpUnicodedataModule()
        _ = makeModule("time") { d in
            define(d, "time") { interp, _ in
                try interp.require(.wallClock, "time.time()")
                return .float(Date().timeIntervalSince1970)
            }
            define(d, "monotonic") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
            define(d, "perf_counter") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
            define(d, "process_time") { _, _ in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) }
            define(d, "time_ns") { interp, _ in
                try interp.require(.wallClock, "time.time_ns()")
                var now = timespec()
                clock_gettime(CLOCK_REALTIME, &now)
                return interp.newInt(BigInt(now.tv_sec) * 1_000_000_000 + BigInt(now.tv_nsec))
            }
            define(d, "monotonic_ns") { _, _ in .int(Int(DispatchTime.now().uptimeNanoseconds)) }
            define(d, "perf_counter_ns") { _, _ in .int(Int(DispatchTime.now().uptimeNanoseconds)) }
            define(d, "sleep") { interp, args in
                try interp.expectArgs(args, "sleep", min: 1, max: 1)
                let s = try interp.toFloat(args[0])
                if s < 0 { throw interp.valueError("sleep length must be non-negative") }
                try interp.sleepInterruptibly(s)
                return .pyNone
            }
        }
        setUpTimeCalendar()
    }

    /// Sleeps in short slices so that Ctrl-C (`requestInterrupt`) ends the sleep with
    /// KeyboardInterrupt within a few milliseconds, wherever the signal was delivered.
    func sleepInterruptibly(_ seconds: Double) throws {
        let slice = 0.02
        let end = DispatchTime.now().uptimeNanoseconds &+ UInt64(min(seconds, 1e9) * 1e9)
        while true {
            try raiseInterrupt()
            let now = DispatchTime.now().uptimeNanoseconds
            if now >= end { return }
            let left = Double(end - now) / 1e9
            Thread.sleep(forTimeInterval: min(left, slice))
        }
    }

    /// Source of a module written in Baozi and embedded in the package.
    func embeddedModuleSource(_ name: String) -> String? {
        guard let bytes = EmbeddedLibrary.modules[name] else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

}

/// The `.py` modules under Modules/Lib, embedded at build time.
enum EmbeddedLibrary {
    static let modules: [String: [UInt8]] = [
        "__future__": PackageResources.__future___py,
        "_baozi_hashing": PackageResources._baozi_hashing_py,
        "_baozi_host": PackageResources._baozi_host_py,
        "_baozi_iteration": PackageResources._baozi_iteration_py,
        "abc": PackageResources.abc_py,
        "argparse": PackageResources.argparse_py,
        "array": PackageResources.array_py,
        "atexit": PackageResources.atexit_py,
        "base64": PackageResources.base64_py,
        "binascii": PackageResources.binascii_py,
        "bisect": PackageResources.bisect_py,
        "codecs": PackageResources.codecs_py,
        "collections": PackageResources.collections_py,
        "collections.abc": PackageResources.collections_abc_py,
        "contextlib": PackageResources.contextlib_py,
        "copy": PackageResources.copy_py,
        "csv": PackageResources.csv_py,
        "dataclasses": PackageResources.dataclasses_py,
        "datetime": PackageResources.datetime_py,
        "difflib": PackageResources.difflib_py,
        "enum": PackageResources.enum_py,
        "errno": PackageResources.errno_py,
        "fnmatch": PackageResources.fnmatch_py,
        "fractions": PackageResources.fractions_py,
        "functools": PackageResources.functools_py,
        "gevent": PackageResources.gevent_py,
        "gevent._abstract_linkable": PackageResources.gevent__abstract_linkable_py,
        "gevent.event": PackageResources.gevent_event_py,
        "gevent.exceptions": PackageResources.gevent_exceptions_py,
        "gevent.greenlet": PackageResources.gevent_greenlet_py,
        "gevent.hub": PackageResources.gevent_hub_py,
        "gevent.local": PackageResources.gevent_local_py,
        "gevent.lock": PackageResources.gevent_lock_py,
        "gevent.monkey": PackageResources.gevent_monkey_py,
        "gevent.pool": PackageResources.gevent_pool_py,
        "gevent.queue": PackageResources.gevent_queue_py,
        "gevent.select": PackageResources.gevent_select_py,
        "gevent.server": PackageResources.gevent_server_py,
        "gevent.socket": PackageResources.gevent_socket_py,
        "gevent.ssl": PackageResources.gevent_ssl_py,
        "gevent.timeout": PackageResources.gevent_timeout_py,
        "gevent.util": PackageResources.gevent_util_py,
        "glob": PackageResources.glob_py,
        "hashlib": PackageResources.hashlib_py,
        "heapq": PackageResources.heapq_py,
        "http": PackageResources.http_py,
        "http.client": PackageResources.http_client_py,
        "inspect": PackageResources.inspect_py,
        "io": PackageResources.io_py,
        "itertools": PackageResources.itertools_py,
        "json": PackageResources.json_py,
        "json.decoder": PackageResources.json_decoder_py,
        "json.encoder": PackageResources.json_encoder_py,
        "keyword": PackageResources.keyword_py,
        "logging": PackageResources.logging_py,
        "numbers": PackageResources.numbers_py,
        "operator": PackageResources.operator_py,
        "os": PackageResources.os_py,
        "pathlib": PackageResources.pathlib_py,
        "platform": PackageResources.platform_py,
        "posixpath": PackageResources.posixpath_py,
        "pprint": PackageResources.pprint_py,
        "queue": PackageResources.queue_py,
        "random": PackageResources.random_py,
        "re": PackageResources.re_py,
        "secrets": PackageResources.secrets_py,
        "select": PackageResources.select_py,
        "selectors": PackageResources.selectors_py,
        "shutil": PackageResources.shutil_py,
        "socket": PackageResources.socket_py,
        "ssl": PackageResources.ssl_py,
        "statistics": PackageResources.statistics_py,
        "string": PackageResources.string_py,
        "struct": PackageResources.struct_py,
        "sysconfig": PackageResources.sysconfig_py,
        "tempfile": PackageResources.tempfile_py,
        "textwrap": PackageResources.textwrap_py,
        "threading": PackageResources.threading_py,
        "traceback": PackageResources.traceback_py,
        "types": PackageResources.types_py,
        "typing": PackageResources.typing_py,
        "unittest": PackageResources.unittest_py,
        "unittest.__main__": PackageResources.unittest___main___py,
        "unittest.mock": PackageResources.unittest_mock_py,
        "urllib": PackageResources.urllib_py,
        "urllib.error": PackageResources.urllib_error_py,
        "urllib.parse": PackageResources.urllib_parse_py,
        "urllib.request": PackageResources.urllib_request_py,
        "uuid": PackageResources.uuid_py,
        "warnings": PackageResources.warnings_py,
        "weakref": PackageResources.weakref_py,
    ]
}
