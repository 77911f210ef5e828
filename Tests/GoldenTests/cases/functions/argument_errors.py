# TypeError messages for bad calls.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
class K:
    def method(self, x):
        return x
five, text, items, nothing = 5, "abc", [1], None
cases = [
    ("missing one", lambda: f(1)),
    ("missing two", lambda: f()),
    ("too many", lambda: f(1, 2, 3)),
    ("unexpected kw", lambda: f(1, 2, z=3)),
    ("multiple values", lambda: f(1, a=2)),
    ("missing kw-only", lambda: g(1)),
    ("too many with default", lambda: g(1, 2, 3)),
    ("no args expected", lambda: h(1)),
    ("method too many", lambda: K().method(1, 2)),
    ("method missing", lambda: K().method()),
    ("lambda missing", lambda: (lambda x, y: x)(1)),
    ("builtin len", lambda: len()),
    ("builtin len two", lambda: len([1], [2])),
    ("kw for builtin", lambda: len(obj=[1])),
    ("missing three", lambda: (lambda a, b, c: 0)()),
    ("not callable int", lambda: five()),
    ("not callable str", lambda: text()),
    ("not callable list", lambda: items(0)),
    ("not callable None", lambda: nothing()),
]
for label, fn in cases:
    try:
        fn()
        print(label, "-> no error")
    except TypeError as e:
        print(label, "->", e)
