# A small tokenizer for arithmetic expressions, written by hand.
class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos
    def __repr__(self):
        return f"{self.kind}({self.text!r}@{self.pos})"
class LexError(Exception):
    pass
OPERATORS = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "(": "LPAREN", ")": "RPAREN", "**": "POW", "=": "ASSIGN"}
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < len(src) and (src[i].isdigit() or (src[i] == "." and not seen_dot)):
                if src[i] == ".":
                    seen_dot = True
                i += 1
            text = src[start:i]
            tokens.append(Token("FLOAT" if seen_dot else "INT", text, start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("NAME", src[start:i], start))
        elif src[i:i + 2] in OPERATORS:
            tokens.append(Token(OPERATORS[src[i:i + 2]], src[i:i + 2], i))
            i += 2
        elif ch in OPERATORS:
            tokens.append(Token(OPERATORS[ch], ch, i))
            i += 1
        else:
            raise LexError(f"unexpected character {ch!r} at position {i}")
    tokens.append(Token("EOF", "", len(src)))
    return tokens
for source in ["1 + 2", "x = (3.5 * y_1) ** 2", "  foo-bar/.5", "a ** b ** c", "12 $ 3", "max_value*2.0-1"]:
    try:
        toks = tokenize(source)
        print(f"{source!r:24} -> {toks}")
        kinds = {}
        for t in toks:
            kinds[t.kind] = kinds.get(t.kind, 0) + 1
        print(" " * 28, sorted(kinds.items()))
    except LexError as e:
        print(f"{source!r:24} -> error: {e}")
