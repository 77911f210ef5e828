# An uncaught custom exception with __str__, raised from a nested call.
class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(line, reason)
        self.line = line
        self.reason = reason
    def __str__(self):
        return f"line {self.line}: {self.reason}"
def parse_line(n, text):
    if "=" not in text:
        raise ParseError(n, f"expected 'key=value', got {text!r}")
    key, value = text.split("=", 1)
    return key.strip(), value.strip()
def parse(text):
    result = {}
    for n, line in enumerate(text.splitlines(), 1):
        key, value = parse_line(n, line)
        result[key] = value
    return result
print(parse("a = 1\nb = 2"))
print(parse("a = 1\nbroken line\nc = 3"))
