# range and slice objects.
r = range(10)
print(r, range(2, 8), range(0, 10, 3), range(5, 0, -1), range(0))
print(len(r), len(range(2, 8)), len(range(0, 10, 3)), len(range(5, 0, -1)), len(range(3, 1)), len(range(0, -10, -3)))
print(list(range(5)), list(range(2, 8, 2)), list(range(10, 0, -3)), list(range(-5, -1)))
print(r[0], r[-1], r[3], range(0, 10, 3)[-1], range(5, 0, -1)[1])
print(r[2:5], r[::2], r[::-1], range(0, 20, 2)[1:4], range(10)[-3:])
print(list(r[::-1]), list(range(1, 10, 2)[::-1]))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r)
print(list(reversed(range(4))), list(reversed(range(0, 10, 4))))
print(r.index(4), range(0, 10, 2).index(6), r.count(3), r.start, r.stop, r.step)
print(range(0, 3) == range(3), range(0) == range(2, 2), range(1, 4) == range(1, 5))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 12 - 1 in big)
s = slice(2, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(10))
print(data[s], data[slice(5)], data[slice(None, None, -1)], "abcdefgh"[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), repr(slice(None)))
print(list(range(3)) + list(range(3, 0, -1)), tuple(range(2)))
print(list(map(str, range(3))), [i for i in range(20) if i % 7 == 0])
