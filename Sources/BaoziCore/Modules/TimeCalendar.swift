// The calendar half of the `time` module: struct_time, gmtime/localtime/mktime, strftime,
// asctime/ctime and the time-zone constants, over the C library's <time.h>.

import Foundation

extension Interpreter {
    /// Adds the calendar functions to the `time` module made in `setUpNativeModules`.
    func setUpTimeCalendar() {
        guard let module = modules.getString(intern("time"))?.asObject as? ModuleObj, let d = module.dict else { return }
        let structTime = makeStructSequence("struct_time", module: "time", fields: [
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"])
        d.setString(intern("struct_time"), Value(structTime))
        tzset()
        d.setString(intern("timezone"), .int(timezone))
        d.setString(intern("altzone"), .int(timezone - 3600))
        d.setString(intern("daylight"), .int(Int(daylight)))
        let names = [tzname.0, tzname.1].map { $0.map { String(cString: $0) } ?? "" }
        d.setString(intern("tzname"), newTuple([newStr(names[0]), newStr(names[1])]))

        func structValue(_ t: tm) -> Value {
            let items: [Value] = [.int(Int(t.tm_year) + 1900), .int(Int(t.tm_mon) + 1), .int(Int(t.tm_mday)),
                                  .int(Int(t.tm_hour)), .int(Int(t.tm_min)), .int(Int(t.tm_sec)),
                                  .int((Int(t.tm_wday) + 6) % 7), .int(Int(t.tm_yday) + 1), .int(Int(t.tm_isdst))]
            return Value(heap.track(TupleObj(ContiguousArray(items), type: structTime)))
        }
        /// The seconds argument of gmtime/localtime/ctime: now when missing or None.
        func seconds(_ interp: Interpreter, _ args: Arguments, _ name: String) throws -> time_t {
            try interp.expectArgs(args, name, min: 0, max: 1)
            if args.count == 0 || args[0].isNone { return time(nil) }
            switch args[0] {
            case .int, .float, .bool: break
            default:
                if !(args[0].asObject is BigIntObj) {
                    throw interp.typeError("'\(interp.typeName(args[0]))' object cannot be interpreted as an integer")
                }
            }
            let s = try interp.toFloat(args[0])
            guard s.isFinite, abs(s) < 1e17 else { throw interp.error(interp.types.exceptions.overflowError, "timestamp out of range for platform time_t") }
            return time_t(s.rounded(.down))
        }
        define(d, "gmtime") { interp, args in
            var t = time_t(0)
            t = try seconds(interp, args, "gmtime")
            var result = tm()
            gmtime_r(&t, &result)
            return structValue(result)
        }
        define(d, "localtime") { interp, args in
            var t = try seconds(interp, args, "localtime")
            var result = tm()
            localtime_r(&t, &result)
            return structValue(result)
        }
        define(d, "mktime") { interp, args in
            try interp.expectArgs(args, "mktime", min: 1, max: 1)
            var t = try interp.tmFromTuple(args[0], "mktime")
            t.tm_wday = -1
            let s = mktime(&t)
            if s == -1 && t.tm_wday == -1 { throw interp.error(interp.types.exceptions.overflowError, "mktime argument out of range") }
            return .float(Double(s))
        }
        define(d, "strftime") { interp, args in
            try interp.expectArgs(args, "strftime", min: 1, max: 2)
            guard let format = args[0].asObject as? StrObj else {
                throw interp.typeError("strftime() argument 1 must be str, not \(interp.typeName(args[0]))")
            }
            var t: tm
            if args.count == 2 {
                t = try interp.tmFromTuple(args[1], "strftime")
            } else {
                var now = time(nil)
                t = tm()
                localtime_r(&now, &t)
            }
            return interp.newStr(interp.formatTime(format.value, t))
        }
        define(d, "asctime") { interp, args in
            try interp.expectArgs(args, "asctime", min: 0, max: 1)
            var t = tm()
            if args.count == 1 {
                t = try interp.tmFromTuple(args[0], "asctime")
            } else {
                var now = time(nil)
                localtime_r(&now, &t)
            }
            return interp.newStr(interp.asciiTime(t))
        }
        define(d, "ctime") { interp, args in
            var s = try seconds(interp, args, "ctime")
            var t = tm()
            localtime_r(&s, &t)
            return interp.newStr(interp.asciiTime(t))
        }
    }

    /// A C `tm` from a struct_time or a 9-tuple, checked as CPython checks it.
    func tmFromTuple(_ v: Value, _ function: String) throws -> tm {
        guard let tuple = v.asObject as? TupleObj else {
            throw typeError("Tuple or struct_time argument required")
        }
        guard tuple.items.count == 9 else {
            throw typeError("\(function)(): illegal time tuple argument")
        }
        var fields: [Int] = []
        for item in tuple.items {
            guard case .int(let i) = item else {
                throw typeError("'\(typeName(item))' object cannot be interpreted as an integer")
            }
            fields.append(i)
        }
        var t = tm()
        t.tm_year = Int32(truncatingIfNeeded: fields[0] - 1900)
        t.tm_mon = Int32(truncatingIfNeeded: fields[1] - 1)
        t.tm_mday = Int32(truncatingIfNeeded: fields[2])
        t.tm_hour = Int32(truncatingIfNeeded: fields[3])
        t.tm_min = Int32(truncatingIfNeeded: fields[4])
        t.tm_sec = Int32(truncatingIfNeeded: fields[5])
        t.tm_wday = Int32(truncatingIfNeeded: (fields[6] + 1) % 7)
        t.tm_yday = Int32(truncatingIfNeeded: fields[7] - 1)
        t.tm_isdst = Int32(truncatingIfNeeded: fields[8])
        if function == "strftime" {
            // CPython's checks, in its order and words.
            if fields[1] < 0 || fields[1] > 12 { throw valueError("month out of range") }
            if fields[2] < 0 || fields[2] > 31 { throw valueError("day of month out of range") }
            if fields[3] < 0 || fields[3] > 23 { throw valueError("hour out of range") }
            if fields[4] < 0 || fields[4] > 59 { throw valueError("minute out of range") }
            if fields[5] < 0 || fields[5] > 61 { throw valueError("seconds out of range") }
            if fields[6] < 0 { throw valueError("day of week out of range") }
            if fields[7] < 0 || fields[7] > 366 { throw valueError("day of year out of range") }
            // A 0 month or day means the first, as in CPython.
            if fields[1] == 0 { t.tm_mon = 0 }
            if fields[2] == 0 { t.tm_mday = 1 }
            if fields[7] == 0 { t.tm_yday = 0 }
            t.tm_isdst = fields[8] < -1 ? -1 : (fields[8] > 1 ? 1 : t.tm_isdst)
        }
        return t
    }

    /// C strftime over a growing buffer (a result may legitimately be empty).
    func formatTime(_ format: String, _ t: tm) -> String {
        if format.isEmpty { return "" }
        var t = t
        var capacity = 256
        while capacity <= 1 << 20 {
            var buffer = [Int8](repeating: 0, count: capacity)
            let n = strftime(&buffer, capacity, format, &t)
            if n > 0 || capacity > format.utf8.count * 64 {
                return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity *= 4
        }
        return ""
    }

    /// asctime's fixed format: "Sun Jun 20 23:21:05 1993".
    func asciiTime(_ t: tm) -> String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = days[Int((t.tm_wday % 7 + 7) % 7)]
        let month = months[Int((t.tm_mon % 12 + 12) % 12)]
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let mday = t.tm_mday < 10 ? " \(t.tm_mday)" : "\(t.tm_mday)"
        return "\(day) \(month) \(mday) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(Int(t.tm_year) + 1900)"
    }
}
