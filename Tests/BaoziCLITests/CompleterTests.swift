// Completion candidates, against a fixed table and against a real interpreter.

@testable import BaoziCLI
import BaoziCore
import XCTest

/// A completion source with fixed contents.
private struct FixedSource: CompletionSource {
    var names: [CompletionName] = [CompletionName("gevity", isCallable: false), CompletionName("print", isCallable: true),
                                   CompletionName("obj", isCallable: false)]
    var attributes: [String: [CompletionName]] = [
        "obj": [CompletionName("alpha", isCallable: false), CompletionName("beta", isCallable: true),
                CompletionName("_private", isCallable: false), CompletionName("__dunder__", isCallable: true)],
    ]
    var modules = ["math", "mymod", "os", "posixpath"]

    func namesInScope() -> [CompletionName] { names }
    func attributeNames(ofPath path: [String]) -> [CompletionName]? { attributes[path.joined(separator: ".")] }
    func loadedModuleAttributeNames(_ name: String) -> [CompletionName]? { name == "os" ? [CompletionName("getcwd", isCallable: true), CompletionName("sep", isCallable: false)] : nil }
    func importableModuleNames() -> [String] { modules }
}

final class CompleterTests: XCTestCase {
    private let completer = Completer(source: FixedSource())

    func testNamesInScope() {
        XCTAssertEqual(completer.complete(word: "gev", before: ""), ["gevity"])
        XCTAssertEqual(completer.complete(word: "pri", before: "x = "), ["print("])
    }

    func testKeywordsGetRlcompleterSuffixes() {
        XCTAssertEqual(completer.complete(word: "whi", before: ""), ["while "])
        XCTAssertEqual(completer.complete(word: "tr", before: ""), ["try:"])
        XCTAssertEqual(completer.complete(word: "Tru", before: ""), ["True"])
    }

    func testAttributesHideUnderscoreNamesUnlessAsked() {
        XCTAssertEqual(completer.complete(word: "obj.", before: ""), ["obj.alpha", "obj.beta("])
        XCTAssertEqual(completer.complete(word: "obj._", before: ""), ["obj._private"])
        XCTAssertEqual(completer.complete(word: "obj.__", before: ""), ["obj.__dunder__("])
        XCTAssertEqual(completer.complete(word: "obj.b", before: "print("), ["obj.beta("])
    }

    func testUnboundPathCompletesNothing() {
        XCTAssertEqual(completer.complete(word: "nothing.", before: ""), [])
        XCTAssertEqual(completer.complete(word: "1.", before: ""), [])
    }

    func testModuleNamesAfterImportAndFrom() {
        XCTAssertEqual(completer.complete(word: "m", before: "import "), ["math", "mymod"])
        XCTAssertEqual(completer.complete(word: "p", before: "from "), ["posixpath"])
        XCTAssertEqual(completer.complete(word: "o", before: "import math, "), ["os"])
        // After `from x import` the word is a name in x, if x is loaded (completion never imports).
        XCTAssertEqual(completer.complete(word: "", before: "from os import "), ["getcwd", "sep"])
        XCTAssertEqual(completer.complete(word: "s", before: "from os import getcwd, "), ["sep"])
        XCTAssertEqual(completer.complete(word: "s", before: "from notloaded import "), [])
    }

    func testTabAtLineStartIndents() {
        XCTAssertEqual(completer.complete(word: "", before: ""), [Completer.indent])
        XCTAssertEqual(completer.complete(word: "", before: "    "), [Completer.indent])
    }

    func testCommonPrefix() {
        XCTAssertEqual(commonPrefix(["obj.alpha", "obj.beta("]), "obj.")
        XCTAssertEqual(commonPrefix(["while "]), "while ")
        XCTAssertEqual(commonPrefix([]), "")
    }

    // MARK: - Against the interpreter

    private func interpreter(_ setup: String) throws -> Interpreter {
        let interp = Interpreter(host: CapturingHost())
        interp.prepareInteractiveMain()
        try interp.run(source: setup)
        return interp
    }

    func testInterpreterGlobalsAndBuiltins() throws {
        let c = Completer(source: try interpreter("gevity = 1\ndef gevent_like(): pass\n"))
        XCTAssertEqual(c.complete(word: "gev", before: ""), ["gevent_like(", "gevity"])
        XCTAssertEqual(c.complete(word: "isinst", before: ""), ["isinstance("])
    }

    func testInterpreterAttributesRunNoCode() throws {
        let interp = try interpreter("""
            calls = []
            class C:
                kind = 'c'
                def method(self): pass
                @property
                def prop(self):
                    calls.append(1)
                    return self
                def __getattr__(self, name):
                    calls.append(name)
                    return 0
            obj = C()
            obj.field = [1]
            """)
        let c = Completer(source: interp)
        let attrs = c.complete(word: "obj.", before: "")
        XCTAssertEqual(attrs, ["obj.field", "obj.kind", "obj.method(", "obj.prop"])
        XCTAssertEqual(c.complete(word: "obj.field.app", before: ""), ["obj.field.append("])
        // Through a property: nothing, and the getter did not run.
        XCTAssertEqual(c.complete(word: "obj.prop.", before: ""), [])
        XCTAssertEqual(c.complete(word: "obj.missing.", before: ""), [])
        XCTAssertEqual(interp.global("calls")?.debugDescription, "[]")
    }

    func testInterpreterModuleNames() throws {
        let c = Completer(source: try interpreter(""))
        let names = c.complete(word: "", before: "import ")
        for expected in ["collections", "math", "sys", "time"] {
            XCTAssertTrue(names.contains(expected), "\(expected) missing from \(names)")
        }
        XCTAssertEqual(c.complete(word: "functo", before: "import "), ["functools"])
        XCTAssertEqual(c.complete(word: "sq", before: "from math import "), ["sqrt"])
    }
}

/// A host that keeps what scripts write.
final class CapturingHost: ScriptHost {
    var out = ""
    var err = ""
    func write(_ text: String, toStandardError: Bool) {
        if toStandardError { err += text } else { out += text }
    }
    func flush() {}
    func readLine(prompt: String) -> String? { nil }
}
