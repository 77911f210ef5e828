# re.error for bad patterns: CPython's message, position, line and column; TypeErrors and
# ValueErrors for wrong arguments; errors in replacement templates.
import re

bad = [
    "(abc", "abc)", "a**", "*a", "a{3,2}", "[a-", "[z-a]", "[\\d-z]", r"\q", "(?P<1>a)",
    "(?P<a>x)(?P<a>y)", "(?P=nope)", "(?<x)", "(?Px)", "(?", "(?z)", "a(?i)", r"(a)\2",
    "(?<=a+)b", "(?#unterminated", r"\x4", r"\u12", "(?P<a", "(?P<>a)", r"(a\1)",
    "(?(1)a|b|c)", "(?(x)a)", "(?(0)a)", "(?i-i:a)", "(?-:a)", "(?L)a", "(?au)a",
    "x\n(y", r"\400", "^*", r"\b+", "abc\\", "[]", "(?i", "(?x:a", "(?<=(?P<g>a)(?P=g))b",
    r"(?P<a>b)(?(a)c|d", "(?u:a)(?a:b)", "a{99999999999}",
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except (OverflowError, ValueError) as e:
        print(repr(p), "->", type(e).__name__, e)

try:
    re.compile(b"\\u1234")
except re.error as e:
    print("bytes:", e)
try:
    re.compile(b"(?u)a")
except re.error as e:
    print("bytes:", e)

e = re.error("plain message")
print(e, e.msg, e.pattern, e.pos, e.lineno)
print(issubclass(re.error, Exception), re.error.__name__)

for args in [("a", 5), (5, "a"), ("a", b"a"), (b"a", "a")]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError:", e)

for flags in [re.LOCALE, re.ASCII | re.UNICODE]:
    try:
        re.compile("a", flags)
    except ValueError as e:
        print("ValueError:", e)
try:
    re.compile(b"a", re.UNICODE)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)

m = re.match(r"(?P<x>a)(b)?", "a")
for g in [3, "y", -1]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError:", e)
try:
    m[5]
except IndexError as e:
    print("IndexError:", e)

for template in [r"\3", r"\g<y>", r"\g<1", r"\g", r"\q", r"\g<-1>", r"\g<a b>"]:
    try:
        print(re.sub(r"(?P<x>a)", template, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", 5, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError:", e)
