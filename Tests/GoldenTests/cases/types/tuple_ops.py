# Tuples: creation, methods, packing/unpacking, comparison, hashing.
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t.count(2), t.index(3), t.index(2, 2))
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
single = 5,
print("single:", single, type(single).__name__)
packed = 1, "two", 3.0
a, b, c = packed
print("unpacked:", a, b, c)
print(t + (9,), t * 2, (0,) * 3, 2 in t, 9 not in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, "a") == (1, "a"), () < (0,))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2], (1, 2) in d)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print(sorted([(2, "b"), (1, "c"), (2, "a")]), max([(1, 9), (2, 0)]))
coords = [(1, 2), (3, 4)]
for x, y in coords:
    print(f"x={x} y={y}")
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1])
print(lo, hi, minmax("hello"))
print(repr((1,)), repr(("a",)), str(((),)), repr((None, True)))
print(tuple(t) is t, t[:] is t, (1, 2) == [1, 2])
print(list(enumerate(("a", "b"))), dict([("k", 1), ("j", 2)]))
