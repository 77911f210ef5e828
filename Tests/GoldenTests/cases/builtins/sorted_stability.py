# Sorting in depth: stability, multi-key sorts, key functions, reverse stability.
records = [
    ("alice", "dev", 90), ("bob", "ops", 75), ("carol", "dev", 75),
    ("dave", "ops", 90), ("erin", "dev", 60), ("frank", "qa", 75),
]
by_score = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_score])
by_score_desc = sorted(records, key=lambda r: r[2], reverse=True)
print("reverse keeps equal items in original order:", [r[0] for r in by_score_desc])
two_pass = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1])
print([(r[1], r[0]) for r in two_pass])
multi = sorted(records, key=lambda r: (r[1], -r[2], r[0]))
print([(r[1], r[2], r[0]) for r in multi])
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, n)))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted(["b", "A", "c", "B", "a"]), sorted(["b", "A", "c", "B", "a"], key=str.casefold))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[3], [1, 2], [1]]))
print(sorted([0.5, -1, 3, 2.25, True]), sorted("zyx"), sorted([]))
lst = list(range(20))
lst.sort(key=lambda n: n % 3)
print(lst)
lst.sort(key=lambda n: n % 3, reverse=True)
print(lst)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(words)), sorted(words, key=lambda w: (-len(w), w)))
print(sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))
class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __repr__(self):
        return f"{self.name}:{self.price}"
items = [Item("pen", 2), Item("book", 12), Item("cup", 5), Item("ink", 2)]
print(sorted(items, key=lambda i: i.price), max(items, key=lambda i: i.price), min(items, key=lambda i: i.price))
