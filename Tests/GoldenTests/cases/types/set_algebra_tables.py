# Set and frozenset algebra and comparisons: results, their iteration order (which depends on
# how the result's table grew), frozenset/set result classes, subclasses, early stops, and
# elements whose __eq__ and __hash__ are written in Python.
def show(label, s):
    print(label, type(s).__name__, list(s))


small = set(range(0, 40, 3))
big = set(range(0, 200, 2))
odd = {x * 7919 % 1000 for x in range(60)}
fs = frozenset(range(5, 30))
for a, b in ((small, big), (big, small), (small, odd), (odd, fs), (fs, small), (set(), fs), (fs, fs)):
    show("|", a | b)
    show("&", a & b)
    show("-", a - b)
    show("^", a ^ b)
    print(a <= b, a < b, a >= b, a > b, a == b, a != b, a.isdisjoint(b), a.issubset(b), a.issuperset(b))

# In place: the same object, CPython's table afterwards.
for op in ("|=", "&=", "-=", "^="):
    s = set(range(50))
    alias = s
    exec("s " + op + " set(range(25, 90, 2))")
    print(op, s is alias, list(s))
f = frozenset([1, 2, 3])
g = f
f |= {4}
print(f is g, sorted(f), sorted(g), type(f).__name__)
s = set(range(10))
s -= s
print(s)
s = set(range(10))
s ^= s
print(s)

# Methods with several arguments and with iterables that are not sets.
base = set(range(20))
show("union", base.union([30, 31], (1, 2), range(40, 44)))
show("intersection", base.intersection(range(5, 15), {7, 8, 9, 100}))
show("difference", base.difference([1, 2, 3], {4, 5}, range(18, 30)))
show("symmetric_difference", base.symmetric_difference(range(15, 25)))
show("copy", base.copy())
print(base.issuperset([1, 2, 3]), base.issuperset([1, 99]), base.isdisjoint([50, 60]), base.isdisjoint((60, 5)))
print(base.issubset(range(100)), base.issubset([1, 2]))
base.intersection_update(range(10), range(5, 50))
base.difference_update([6])
base.symmetric_difference_update([8, 100])
print(sorted(base))
try:
    base.symmetric_difference([1], [2])
except TypeError as e:
    print("TypeError:", e)
frozen = frozenset("abc")
print(frozen.copy() is frozen, type(frozen.union("d")).__name__, type(frozen & {"a"}).__name__)


class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


print(type(MySet([1, 2]) | {3}).__name__, type(MyFrozen([1, 2]) - {1}).__name__, type(MyFrozen([1]).copy()).__name__)
print(MySet([1, 2]) == {1, 2}, MyFrozen([1]) < frozenset([1, 2]), {1, 2} == frozenset([2, 1]))


# Elements with Python-level __eq__: counted to show where comparisons stop early.
class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v % 5)

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return "K%d" % self.v


ks = [Key(i) for i in range(12)]
left = set(ks[:8])
right = set(ks[4:])
Key.calls = 0
print(sorted((left & right), key=lambda k: k.v), sorted(left - right, key=lambda k: k.v), sorted(left ^ right, key=lambda k: k.v))
print(left <= right, set(ks[:3]) <= left, left == set(ks[:8]), set(ks[:8]) != left)
print(frozenset(ks[:2]) == frozenset([Key(0), Key(1)]))


class Mutator:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.target.clear()
        return False


victim = set()
victim.add(Mutator(victim))
try:
    print({Mutator(victim)} <= victim)
except RuntimeError as e:
    print("RuntimeError:", e)
