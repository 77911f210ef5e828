# set and frozenset operations (only small ints are printed directly).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (0,)), a.intersection(range(3)), a.difference({1}, {2}))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {4}, a > a)
print({1, 2}.issubset(a), a.issuperset({1, 5}), a.isdisjoint({7, 0}), a.isdisjoint(b))
s = set()
s.add(3)
s.add(1)
s.add(3)
print("add:", s, len(s))
s.update([2, 0], {5})
print("update:", s)
s.remove(5)
s.discard(5)
s.discard(0)
print("remove/discard:", s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
p = {7}
print("pop:", p.pop(), p)
c = s.copy()
c.clear()
print("copy/clear:", s, c, set())
print(set([3, 3, 1, 1, 2]), set("aaa"), set(range(5)), set((1, 2)))
print(len({1, 1, 1}), 2 in a, 9 not in a, bool(set()), bool({0}))
f = frozenset([1, 2, 3])
print(f, f | {4}, f & {1, 9}, type(f | {4}).__name__, type({4} | f).__name__)
print({f: "frozenset as key"}[frozenset({3, 2, 1})])
print(frozenset() == set(), {1, 2} == frozenset({1, 2}), hash(frozenset({1})) == hash(frozenset([1])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
words = {"pear", "apple", "fig"}
print(sorted(words), sorted(words | {"kiwi"}), "fig" in words)
x = {1, 2, 3}
x |= {4}
x &= {2, 3, 4}
x -= {3}
x ^= {5, 2}
print("augmented:", x)
x.intersection_update({4, 5, 6})
x.difference_update({5})
x.symmetric_difference_update({1})
print("update methods:", x)
print({n % 3 for n in range(10)}, {c for c in "aabbc"} == {"a", "b", "c"})
print(sorted({-3, 10, 2}), repr(set()), repr(frozenset()))
