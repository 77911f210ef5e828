// Tab-completion candidates: keywords, names in scope, attributes after `name.`, and module
// names after `import`/`from`. Pure logic over a `CompletionSource`, so it is testable
// without a terminal.

import BaoziCore

/// What completion may look at. The interpreter is one; tests use a fixed table.
protocol CompletionSource {
    func namesInScope() -> [CompletionName]
    func attributeNames(ofPath path: [String]) -> [CompletionName]?
    func loadedModuleAttributeNames(_ name: String) -> [CompletionName]?
    func importableModuleNames() -> [String]
}

extension Interpreter: CompletionSource {}

struct Completer {
    let source: CompletionSource

    /// The indentation Tab inserts at the start of a line, where there is nothing to complete.
    static let indent = "    "

    /// Python 3.11's keywords and soft keywords, as rlcompleter offers them.
    static let keywords = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "case", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "match", "nonlocal", "not", "or", "pass", "raise",
        "return", "try", "while", "with", "yield",
    ]

    /// Characters that end the word being completed: everything but identifier characters
    /// and the dot, so `obj.at` is one word.
    static let wordBreakCharacters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?"

    /// Full replacements for `word`, sorted, given the text of the line before it.
    func complete(word: String, before: String) -> [String] {
        if word.isEmpty && before.allSatisfy(\.isWhitespace) { return [Completer.indent] }
        if Completer.isModuleContext(before) {
            return source.importableModuleNames().filter { $0.hasPrefix(word) }
        }
        if let module = Completer.importedFrom(before) {
            let names = source.loadedModuleAttributeNames(module) ?? []
            return unique(Completer.visible(names, prefix: word).map(\.name))
        }
        if let dot = word.lastIndex(of: ".") {
            let path = word[..<dot].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard path.allSatisfy(Completer.isIdentifier) else { return [] }
            let prefix = String(word[word.index(after: dot)...])
            let attributes = source.attributeNames(ofPath: path) ?? []
            let matches = Completer.visible(attributes, prefix: prefix)
            return unique(matches.map { word[...dot] + $0.name + ($0.isCallable ? "(" : "") })
        }
        var out = Completer.keywords.filter { $0.hasPrefix(word) }.map(Completer.withKeywordSuffix)
        for n in source.namesInScope() where n.name.hasPrefix(word) {
            out.append(n.name + (n.isCallable ? "(" : ""))
        }
        return unique(out)
    }

    /// `import a`, `import a, b`, `from a`: the word is a module name.
    static func isModuleContext(_ before: String) -> Bool {
        let tokens = before.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = tokens.first else { return false }
        let endsInSpace = before.last == " " || before.last == "\t"
        if first == "from" { return tokens.count == 1 && endsInSpace }
        return first == "import" && (endsInSpace || before.hasSuffix(","))
    }

    /// `from a import x, y`: the word is a name in module `a`.
    static func importedFrom(_ before: String) -> String? {
        let tokens = before.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
        guard tokens.count >= 3, tokens[0] == "from", tokens[2] == "import",
              before.last == " " || before.last == "\t" || before.last == "," else { return nil }
        return String(tokens[1])
    }

    /// Attributes starting with `prefix`; like rlcompleter, names starting with an underscore
    /// only when the prefix asks for one (and dunders only after `__`).
    static func visible(_ names: [CompletionName], prefix: String) -> [CompletionName] {
        let hidden = prefix.isEmpty ? "_" : (prefix == "_" ? "__" : nil)
        return names.filter { n in n.name.hasPrefix(prefix) && !(hidden.map { n.name.hasPrefix($0) } ?? false) }
    }

    /// rlcompleter's spacing: most keywords are followed by a space, `try`/`finally` by a
    /// colon, and values and lone statements by nothing.
    static func withKeywordSuffix(_ keyword: String) -> String {
        switch keyword {
        case "try", "finally": return keyword + ":"
        case "False", "None", "True", "break", "continue", "pass", "else": return keyword
        default: return keyword + " "
        }
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }

    private func unique(_ items: [String]) -> [String] {
        Array(Set(items)).sorted()
    }
}

/// The longest common prefix of the candidates, which libedit inserts when there are several.
func commonPrefix(_ items: [String]) -> String {
    guard var prefix = items.first else { return "" }
    for item in items.dropFirst() {
        while !item.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
}
