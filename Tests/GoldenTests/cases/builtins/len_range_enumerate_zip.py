# len, range, enumerate (start), zip (3 iterables, unequal).
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(""))
for i, v in enumerate(["a", "b", "c"]):
    print(i, v, end="; ")
print()
print(list(enumerate("xyz", start=1)), list(enumerate([], 5)), list(enumerate("ab", -1)))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "done"))
names = ["ann", "bob", "cy"]
ages = [30, 25, 41]
cities = ("Oslo", "Rome", "Lima")
for name, age, city in zip(names, ages, cities):
    print(f"{name} {age} {city}")
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("abc", range(10), [None] * 5)))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
print(dict(zip(names, ages)))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 4)), list(range(3, 0, -1)))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    zip([1, 2], [1], strict=True) and list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
