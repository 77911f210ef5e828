# Pattern and Match objects: attributes, group access, defaults, lastindex/lastgroup, expand,
# pos/endpos, bytes patterns, flags and their reprs.
import re

p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>\d+)?(;)?")
print(p.pattern, p.flags, p.groups, dict(p.groupindex), p)
m = p.search("  width = 80;")
print(m, m.re is p, m.string, m.pos, m.endpos)
print(m.group(), m.group(0, 1, "value", 3), m["key"], m[0])
print(m.groups(), m.groupdict(), m.span("value"), m.start(3), m.end(3), m.regs)
print(m.lastindex, m.lastgroup)
m = p.search("height =")
print(m.groups(), m.groups("-"), m.groupdict("?"), m.span(2), m.start(2), m.lastindex, m.lastgroup)
print(m.expand(r"[\g<key>|\1|\g<0>|\g<value>]"), repr(m.expand(r"\n\t\\")))

for pat, s in [(r"(a)(b)?", "a"), (r"(a)(b*)", "a"), (r"((a)b)", "ab"), (r"((a))", "a"),
               (r"(a)|(b)", "b"), (r"(?:x)", "x"), (r"(a(b)c)(d)", "abcd"), (r"(a)(?P<n>(b))", "ab")]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup)

p = re.compile(r"\d+")
print(p.match("ab12cd", 2), p.match("ab12cd", 2, 3), p.search("ab12cd34", 4), p.search("12", 5))
print(p.fullmatch("a12b", 1, 3), p.fullmatch("a12b", 1), p.findall("1 22 333", 2, 6))
print(p.match("ab12", -5), p.search("ab12", 1, 100).endpos, p.match("12", 1).pos)
print([m.group() for m in p.finditer("1a22b333", 1)])
print(re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1))

bp = re.compile(rb"(\w+)=(\d+)")
bm = bp.search(b"x key=42")
print(bp, bm, bm.groups(), bm.group(1), bp.findall(b"a=1 b=2"), bp.sub(rb"\2=\1", b"a=1 b=2"))
print(re.split(rb"[,;]", b"a,b;c"), re.escape(b"a.b"), re.match(rb"\d", b"\xd9"))
print(re.findall(rb"[^\x00-\x7f]+", b"ab\xff\xfecd"), re.match(b".", b"\n", re.S))
print(re.search(rb"(?i)ABC", b"xabc"), re.findall(rb"\s", b" \t\x1c\x85"))

print(re.I, re.M | re.S, re.A | re.X, re.NOFLAG, re.IGNORECASE.value, int(re.DOTALL))
print(re.compile("a", re.I | re.M), re.compile("(?s)a"), re.compile("(?s)a").flags, re.compile("a", re.A).flags)
print(re.compile(b"a", re.L | re.I), re.compile("x" * 300).pattern[:5], len(repr(re.compile("x" * 300))))
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))
print(hash(re.compile("ab")) == hash(re.compile("ab")), re.compile("a") is re.compile("a"))
re.purge()
print(re.compile("a").pattern)
print(isinstance(p, re.Pattern), isinstance(re.match("a", "a"), re.Match), type(p).__name__)
