# The evaluator's fast paths give the same answers as the general ones: comparisons tested in
# place by `if`/`while`, one-statement branches, `obj.attr op= v` through the attribute cache,
# and frames sized to the deepest work they do (suspended generators deep inside try/finally,
# imports whose module body runs as a frame while the importing frame waits).
import fnmatch


def late_import(pattern):
    import difflib
    if pattern:
        import bisect as b
        return b.bisect([1, 2, 3], 2), difflib.SequenceMatcher(None, "abc", "abd").ratio()
    return None

def only_import():
    import base64
    return base64

print(late_import("x"), late_import(""), fnmatch.fnmatch("a.py", "*.py"), only_import().b64encode(b"hi"))

# `if` / `while` on comparisons of ints, floats, mixed and big numbers.
def classify(a, b):
    if a < b:
        return "lt"
    elif a == b:
        return "eq"
    else:
        return "gt"

for a, b in [(1, 2), (2, 2), (3, 2), (1.5, 2.5), (2.0, 2), (2, 2.0), (10**30, 10**30 + 1),
             (float("nan"), 1.0), (1.0, float("nan")), (-0.0, 0.0), (True, 1), ("a", "b")]:
    print(a, b, classify(a, b))

def count_down(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    while n < 2.5:
        n += 1.0
    return steps, n

print(count_down(5), count_down(0), count_down(-3))

def unbound_test(flag):
    if flag:
        x = 1
    if x < 2:
        return "small"

print(unbound_test(True))
try:
    unbound_test(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

class Weird:
    def __lt__(self, other):
        return 0

if Weird() < 1:
    print("truthy")
else:
    print("falsy")

try:
    if 1 < "a":
        pass
except TypeError as e:
    print("TypeError:", e)

# `obj.attr op= value`: plain instances, class attributes, properties, __slots__, misses.
class Counter:
    total = 100

    def __init__(self):
        self.count = 0

c = Counter()
for i in range(5):
    c.count += i
    c.total -= 1
print(c.count, c.total, Counter.total, sorted(vars(c)))

class Guarded:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("set v to", value)
        self._v = value

g = Guarded()
g.v += 41
g.v *= 2
print(g.v)

class Slotted:
    __slots__ = ("n",)

s = Slotted()
s.n = 1
s.n += 2
print(s.n)
try:
    s.m += 1
except AttributeError as e:
    print("AttributeError:", e)

class Bare:
    pass

b = Bare()
try:
    b.missing += 1
except AttributeError as e:
    print("AttributeError:", e)

# Mixing classes at one site (more classes than the cache has ways).
classes = [type("K%d" % i, (), {"x": i}) for i in range(6)]
objs = [k() for k in classes]
for rnd in range(3):
    for o in objs:
        o.x += 10
print([o.x for o in objs], [k.x for k in classes])

# Generators suspended deep inside try/finally and with blocks keep their place.
class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def deep():
    try:
        with Manager("a"):
            for i in range(2):
                try:
                    if i == 0:
                        x = yield [i, (yield i * 10)]
                        print("sent", x)
                    else:
                        raise ValueError(i)
                finally:
                    print("finally", i)
    except ValueError as e:
        print("caught", e)
    finally:
        print("outer finally")
    yield "end"

gen = deep()
print(next(gen))
print(gen.send("first"))
print(gen.send("second"))
gen.close()

def nested_finally(n):
    try:
        try:
            try:
                if n:
                    raise KeyError(n)
            finally:
                pass
        finally:
            pass
    except KeyError as e:
        return "caught " + str(e)
    return "none"

print(nested_finally(0), nested_finally(3))

# Deep expressions and many generators alive at once.
def expr(a):
    return ((((a + 1) * 2 - (a - 1)) + ((a * a) - (a + a))) + (((a + 2) - 1) * ((a + 3) - 2)))

print([expr(i) for i in range(5)])

def ticker(i):
    n = yield i
    yield n + i

gens = [ticker(i) for i in range(1000)]
print(sum(next(t) for t in gens), sum(t.send(1) for t in gens))
