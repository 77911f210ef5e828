# map (multiple iterables), filter (None), sorted (key, reverse, stability), reversed.
print(list(map(str.upper, ["a", "b"])), list(map(len, ["ab", "", "xyz"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(int, "123")), list(map(abs, [-1, 2, -3])))
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x > 2, [1, 5, 2, 8])), list(filter(str.isdigit, "a1b2c3")))
data = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: -p[1]))
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted([3, 1, 2], reverse=True))
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted((2, 1)), sorted(range(3), key=lambda x: -x))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([-3, 2, -1], key=abs))
print(sorted([]), sorted(["b", "a"], key=None))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print(list(reversed({"x": 1, "y": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
words = ["apple", "Bob", "cat", "Dog", "egg"]
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=len, reverse=True))
