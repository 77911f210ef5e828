# min/max (key, default, several args), sum (start), abs, any, all, round, divmod, pow.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(max([1, -5, 3], key=abs), min(["aa", "b", "ccc"], key=len), max({"a": 3, "b": 9}, key=lambda k: k))
d = {"a": 3, "b": 9, "c": 1}
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(min([], default="empty"), max([], default=None), max([2], default=0))
print(max([1, 3, 3, 2], key=lambda x: x == 3), max([(1, "b"), (1, "a")]))
print(max("apple", "banana", key=len), min(1, 2.5), max(True, 0))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([]), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([1.5, 2.5]), sum([True, True]), type(sum([])).__name__)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-10 ** 20))
print(any([]), any([0, "", None]), any([0, 1]), all([]), all([1, "a"]), all([1, 0]))
print(any("abc"), all([[], [1]]), any({0: 1}), all({1: 0}))
print(round(3.7), round(-3.7), round(2.5), round(3.14159, 3), round(1234.5678, -2), round(5, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(5.5, 2))
print(pow(2, 8), pow(2, -2), pow(5, 3, 7), pow(2.0, 3), pow(-8, 2))
print(max(range(10), key=lambda n: n % 4), min("hello world", key=lambda c: ord(c) if c != " " else 999))
