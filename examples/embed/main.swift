// embed-rules: checks orders against rules a user writes in Baozi (Python).
//
//     embed-rules orders.rules orders.csv
//
// The rules file is an untrusted script: it gets no files, environment or clock, a step and a
// memory budget per hook call, and imports only other `.rules` files beside it. It sees three
// functions of the tool — `limit(name)`, `country_name(code)` and `flag(order_id, reason)` —
// and defines hooks the tool calls: `setup()` (optional), `check(order)` for every order, and
// `report(flags)` (optional) returning a summary line.

import BaoziCore
import Foundation

/// What the tool knows and the rules may ask about.
let limits: [String: Int] = ["max_amount": 1000, "max_items": 20]
let countries = ["FR": "France", "GB": "United Kingdom", "US": "United States"]

struct Flag {
    let orderID: Int
    let reason: String
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    exit(1)
}

/// The orders of a CSV file with the header `id,customer,country,amount,items`, as dicts.
func readOrders(_ path: String, in vm: Interpreter) throws -> [ScriptValue] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("embed-rules: cannot read \(path)") }
    var orders: [ScriptValue] = []
    for (number, line) in text.split(separator: "\n").enumerated().dropFirst() {
        let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard f.count == 5, let id = Int(f[0]), let amount = Double(f[3]), let items = Int(f[4]) else {
            fail("embed-rules: \(path):\(number + 1): bad order line")
        }
        orders.append(try vm.dictionary(["id": id, "customer": f[1], "country": f[2], "amount": amount, "items": items]))
    }
    return orders
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: embed-rules RULES_FILE ORDERS_CSV") }
let rulesPath = arguments[1]
let rulesDirectory = (rulesPath as NSString).deletingLastPathComponent

var options = InterpreterOptions()
options.budgets = Budgets(steps: 1_000_000, memoryBytes: 64 << 20)
options.arguments = [rulesPath]
options.standardOutput = { text in
    // What the rules print is marked as theirs, line by line.
    for line in text.split(separator: "\n") { print("[rules] \(line)") }
}
// `import money` in a rules file finds money.rules beside it, and nothing else.
options.moduleLoader = ModuleLoader { name in
    let path = (rulesDirectory.isEmpty ? "" : rulesDirectory + "/") + name.replacingOccurrences(of: ".", with: "/") + ".rules"
    guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    return ModuleSource(source: source, filename: path)
}
let vm = Interpreter(options)

var flags: [Flag] = []
vm.define("limit", parameters: ["name"]) { args in
    let name = try args.string("name")
    guard let value = limits[name] else { throw ScriptError("KeyError", "'\(name)'") }
    return value
}
vm.define("country_name", parameters: ["code"]) { args in countries[try args.string("code")] }
vm.define("flag", parameters: ["order_id", "reason"]) { args in
    flags.append(Flag(orderID: try args.int("order_id"), reason: try args.string("reason")))
    return nil
}

do {
    try vm.runFile(rulesPath)
    guard let check = vm.global("check"), check.isCallable else { fail("embed-rules: \(rulesPath) defines no check(order)") }
    try vm.global("setup")?.call()
    let orders = try readOrders(arguments[2], in: vm)
    for order in orders { try check(order) }
    for f in flags { print("FLAG order \(f.orderID): \(f.reason)") }
    let summary = try vm.global("report")?(try vm.list(flags.map { $0.orderID })).description
    print("\(orders.count) orders checked" + (summary.map { ": \($0)" } ?? ""))
} catch let e as ScriptError {
    fail(e.budget != nil ? "embed-rules: the rules ran out of their budget\n\(e.traceback)" : e.description)
}
