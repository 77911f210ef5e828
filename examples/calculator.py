"""A recursive-descent calculator for arithmetic expressions with variables."""


class CalcError(Exception):
    pass


def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif ch in "+-*/()=^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise CalcError(f"unexpected {ch!r}")
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens, self.pos, self.env = tokens, 0, env

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.power()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            rhs = self.power()
            if op == "/" and rhs == 0:
                raise CalcError("division by zero")
            value = value * rhs if op == "*" else value / rhs
        return value

    def power(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if kind == "name":
            if value not in self.env:
                raise CalcError(f"unknown variable {value!r}")
            return self.env[value]
        if (kind, value) == ("op", "("):
            result = self.expr()
            if self.take() != ("op", ")"):
                raise CalcError("expected ')'")
            return result
        raise CalcError(f"unexpected {value!r}")


def run(line, env):
    tokens = tokenize(line)
    if len(tokens) > 2 and tokens[0][0] == "name" and tokens[1] == ("op", "="):
        env[tokens[0][1]] = Parser(tokens[2:], env).expr()
        return f"{tokens[0][1]} = {env[tokens[0][1]]}"
    parser = Parser(tokens, env)
    result = parser.expr()
    if parser.pos != len(tokens):
        raise CalcError("trailing input")
    return result


env = {"pi": 3.141592653589793}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "r = 2", "pi * r ^ 2",
             "x + 1", "7 / (3 - 3)", "2 * (3 + 4", "12 $ 4"]:
    try:
        print(f"{line:<12} -> {run(line, env)}")
    except CalcError as e:
        print(f"{line:<12} -> error: {e}")
