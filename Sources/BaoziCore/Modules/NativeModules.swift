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
        setUpTracebackModule()
        setUpReModule()
        setUpJSONModule()
        setUpStructModule()
        setUpHashlibModule()
        setUpUnicodedataModule()
        _ = makeModule("time") { d in
            define(d, "time") { _, _ in .float(Date().timeIntervalSince1970) }
            define(d, "monotonic") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
            define(d, "perf_counter") { _, _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
            define(d, "process_time") { _, _ in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) }
            define(d, "time_ns") { interp, _ in
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
                return .none
            }
        }
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
        "_baozi_iteration": PackageResources._baozi_iteration_py,
        "base64": PackageResources.base64_py,
        "binascii": PackageResources.binascii_py,
        "bisect": PackageResources.bisect_py,
        "codecs": PackageResources.codecs_py,
        "collections": PackageResources.collections_py,
        "copy": PackageResources.copy_py,
        "csv": PackageResources.csv_py,
        "difflib": PackageResources.difflib_py,
        "functools": PackageResources.functools_py,
        "gevent": PackageResources.gevent_py,
        "gevent._abstract_linkable": PackageResources.gevent__abstract_linkable_py,
        "gevent.event": PackageResources.gevent_event_py,
        "gevent.exceptions": PackageResources.gevent_exceptions_py,
        "gevent.greenlet": PackageResources.gevent_greenlet_py,
        "gevent.hub": PackageResources.gevent_hub_py,
        "gevent.lock": PackageResources.gevent_lock_py,
        "gevent.monkey": PackageResources.gevent_monkey_py,
        "gevent.pool": PackageResources.gevent_pool_py,
        "gevent.queue": PackageResources.gevent_queue_py,
        "gevent.timeout": PackageResources.gevent_timeout_py,
        "hashlib": PackageResources.hashlib_py,
        "heapq": PackageResources.heapq_py,
        "itertools": PackageResources.itertools_py,
        "json": PackageResources.json_py,
        "json.decoder": PackageResources.json_decoder_py,
        "json.encoder": PackageResources.json_encoder_py,
        "operator": PackageResources.operator_py,
        "os": PackageResources.os_py,
        "posixpath": PackageResources.posixpath_py,
        "pprint": PackageResources.pprint_py,
        "queue": PackageResources.queue_py,
        "random": PackageResources.random_py,
        "re": PackageResources.re_py,
        "secrets": PackageResources.secrets_py,
        "string": PackageResources.string_py,
        "struct": PackageResources.struct_py,
        "textwrap": PackageResources.textwrap_py,
        "uuid": PackageResources.uuid_py,
    ]
}
