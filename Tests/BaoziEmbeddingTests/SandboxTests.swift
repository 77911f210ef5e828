// Capabilities, budgets, the module loader, redirected streams, sys.argv/sys.path, and
// several interpreters on several threads.

import BaoziCore
import Foundation
import XCTest

final class SandboxTests: XCTestCase {
    func testFilesAndEnvironmentAreRefusedWithoutTheCapability() throws {
        let c = Captured()
        try c.vm.run(source: """
            import os, time
            for attempt in [lambda: open('/etc/hostname'), lambda: os.environ['HOME'],
                            lambda: os.getenv('HOME'), lambda: os.listdir('.'),
                            lambda: os.path.exists('/'), lambda: time.time()]:
                try:
                    attempt()
                    print('allowed')
                except PermissionError as e:
                    print(e)
            print(os.path.join('a', 'b'), time.monotonic() > 0)
            """)
        XCTAssertEqual(c.printed, """
            open() is not allowed: the host has not granted the 'files' capability
            os.environ is not allowed: the host has not granted the 'environment' capability
            os.getenv() is not allowed: the host has not granted the 'environment' capability
            os.listdir() is not allowed: the host has not granted the 'files' capability
            os.stat() is not allowed: the host has not granted the 'files' capability
            time.time() is not allowed: the host has not granted the 'wall clock' capability
            a/b True

            """)
        XCTAssertThrowsError(try c.vm.run(source: "import sys\nsys.exit(3)\n")) { error in
            XCTAssertEqual((error as? ScriptError)?.summary,
                           "PermissionError: sys.exit() is not allowed: the host has not granted the 'process exit' capability")
        }
    }

    /// Calls count as steps: recursion that never loops (2^40 calls, 40 deep) is stopped too.
    func testStepBudgetStopsCallOnlyRecursion() throws {
        let c = Captured { $0.budgets = Budgets(steps: 100_000) }
        try c.vm.run(source: "def calls(n):\n    return 0 if n == 0 else calls(n - 1) + calls(n - 1)\n")
        XCTAssertThrowsError(try c.vm.run(source: "calls(40)")) { error in
            XCTAssertEqual((error as? ScriptError)?.budget, .steps)
        }
        try c.vm.run(source: "print(calls(3))")
        XCTAssertEqual(c.printed, "0\n")
    }

    /// Sockets and name lookups need the network capability.
    func testNetworkIsRefusedWithoutTheCapability() throws {
        let c = Captured()
        try c.vm.run(source: """
            import socket
            for attempt in [lambda: socket.socket(), lambda: socket.getaddrinfo('localhost', 80),
                            lambda: socket.create_connection(('127.0.0.1', 9))]:
                try:
                    attempt()
                    print('allowed')
                except PermissionError as e:
                    print(e)
            """)
        XCTAssertEqual(c.printed, """
            socket.socket() is not allowed: the host has not granted the 'network' capability
            socket.getaddrinfo() is not allowed: the host has not granted the 'network' capability
            socket.getaddrinfo() is not allowed: the host has not granted the 'network' capability

            """)
    }

    func testGrantedCapabilitiesWork() throws {
        let path = NSTemporaryDirectory() + "baozi-cap-\(UUID().uuidString).txt"
        try "granted\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let c = Captured { $0.capabilities = [.files, .environment, .wallClock, .processExit] }
        try c.vm.setGlobal("path", path)
        try c.vm.run(source: "import os, time\nprint(open(path).read().strip(), 'PATH' in os.environ, time.time() > 0)\n")
        XCTAssertEqual(c.printed, "granted True True\n")
        XCTAssertThrowsError(try c.vm.run(source: "raise SystemExit(4)\n")) { error in
            XCTAssertEqual((error as? ScriptError)?.typeName, "SystemExit")
        }
    }

    /// `while True: pass` is stopped by the step budget; catching the exception does not help,
    /// and the interpreter runs the next script normally.
    func testStepBudgetStopsARunawayLoopAndTheInterpreterIsReused() throws {
        let c = Captured { $0.budgets = Budgets(steps: 100_000) }
        XCTAssertThrowsError(try c.vm.run(source: "while True:\n    pass\n")) { error in
            let e = error as? ScriptError
            XCTAssertEqual(e?.budget, .steps)
            XCTAssertEqual(e?.summary, "baozi.StepBudgetExceeded: the step budget of 100000 steps is exhausted")
        }
        // The script catches it and tries to go on: raised again at the next loop iteration.
        XCTAssertThrowsError(try c.vm.run(source: """
            try:
                while True:
                    pass
            except BaseException:
                print('caught once')
                while True:
                    pass
            """)) { error in
            XCTAssertEqual((error as? ScriptError)?.budget, .steps)
        }
        // Swallowed and ended anyway: the host still learns of it.
        XCTAssertThrowsError(try c.vm.run(source: "try:\n    while True: pass\nexcept BaseException:\n    pass\n")) { error in
            XCTAssertEqual((error as? ScriptError)?.budget, .steps)
        }
        XCTAssertEqual(c.printed, "caught once\n")
        // Every call from the host starts with the whole budget.
        try c.vm.run(source: "total = 0\nfor i in range(50000):\n    total += i\n")
        XCTAssertEqual(c.vm.global("total")?.asInt, 1_249_975_000)
        try c.vm.run(source: "for i in range(50000):\n    total += i\n")
        XCTAssertEqual(try c.vm.evaluate("sum(range(10))").asInt, 45)
    }

    func testMemoryBudgetStopsAMemoryBomb() throws {
        let c = Captured { $0.budgets = Budgets(memoryBytes: 32 << 20) }
        // Objects piling up in a list.
        XCTAssertThrowsError(try c.vm.run(source: "hoard = []\nwhile True:\n    hoard.append('x' * 1000 + str(len(hoard)))\n")) { error in
            let e = error as? ScriptError
            XCTAssertEqual(e?.budget, .memory)
            XCTAssertEqual(e?.typeName, "MemoryError")
        }
        // One huge allocation is refused before it happens.
        XCTAssertThrowsError(try c.vm.run(source: "hoard = None\nblob = 'x' * (1 << 31)\n")) { error in
            XCTAssertEqual((error as? ScriptError)?.budget, .memory)
        }
        // A string doubling itself.
        XCTAssertThrowsError(try c.vm.run(source: "s = 'ab'\nwhile True:\n    s = s + s\n")) { error in
            XCTAssertEqual((error as? ScriptError)?.budget, .memory)
        }
        // A list growing in place, without new objects.
        XCTAssertThrowsError(try c.vm.run(source: "s = None\ngrow = []\nwhile True:\n    grow.append(1)\n")) { error in
            XCTAssertEqual((error as? ScriptError)?.budget, .memory)
        }
        // Usable after: the garbage went away.
        try c.vm.run(source: "grow = None\nsmall = [i for i in range(1000)]\nprint(len(small))\n")
        XCTAssertEqual(c.printed, "1000\n")
    }

    func testImportsFromAnInMemoryLoader() throws {
        let c = Captured {
            $0.moduleLoader = .table([
                "rules": "from rules.helpers import double\nLIMIT = double(21)\n",
                "rules.helpers": "def double(x):\n    return 2 * x\n",
                "broken": "def f(:\n",
            ])
        }
        try c.vm.run(source: """
            import rules
            from rules import helpers
            print(rules.LIMIT, helpers.double(4), rules.__file__)
            for name in ['missing', 'broken']:
                try:
                    exec('import ' + name)
                except (ImportError, SyntaxError) as e:
                    print(type(e).__name__, e)
            import collections
            print(collections.deque([1]))
            """)
        XCTAssertEqual(c.printed, """
            42 8 <rules>
            ModuleNotFoundError No module named 'missing'
            SyntaxError invalid syntax (<broken>, line 1)
            deque([1])

            """)
        // The default loader finds nothing beyond Baozi's own library.
        XCTAssertThrowsError(try Interpreter(InterpreterOptions()).run(source: "import rules\n")) { error in
            XCTAssertEqual((error as? ScriptError)?.summary, "ModuleNotFoundError: No module named 'rules'")
        }
    }

    func testCustomLoaderAndSearchPath() throws {
        let c = Captured {
            $0.searchPath = ["/virtual"]
            $0.arguments = ["tool", "--fast"]
            $0.moduleLoader = ModuleLoader { name in
                name == "greeting" ? ModuleSource(source: "TEXT = 'hi'\n", filename: "/virtual/greeting.py") : nil
            }
            $0.standardInput = { "Ada" }
        }
        try c.vm.run(source: "import sys, greeting\nprint(greeting.TEXT, sys.argv, sys.path)\nprint(input('name? '))\n")
        XCTAssertEqual(c.printed, "hi ['tool', '--fast'] ['/virtual']\nname? Ada\n")
        try c.vm.run(source: "import sys\nprint('oops', file=sys.stderr)\n")
        XCTAssertEqual(c.printedErrors, "oops\n")
    }

    /// Two interpreters on two threads at once, each with its own state, host functions and budget.
    func testTwoInterpretersOnTwoThreads() {
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let c = Captured { $0.budgets = Budgets(steps: 10_000_000) }
            c.vm.define("tag") { _ in k + 7 }
            do {
                try c.vm.run(source: """
                    total = 0
                    for i in range(200000):
                        total += i % tag()
                    print(tag(), total)
                    """)
                let made = try c.vm.evaluate("[tag()] * 3")
                results.set(k, c.printed + made.debugDescription)
            } catch {
                results.set(k, "\(error)")
            }
        }
        for k in 0..<2 {
            let tag = k + 7
            let total = (0..<200000).reduce(0) { $0 + $1 % tag }
            XCTAssertEqual(results.get(k), "\(tag) \(total)\n[\(tag), \(tag), \(tag)]")
        }
    }
}

/// Results written from two threads.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int: String] = [:]
    func set(_ k: Int, _ v: String) { lock.lock(); values[k] = v; lock.unlock() }
    func get(_ k: Int) -> String? { lock.lock(); defer { lock.unlock() }; return values[k] }
}
