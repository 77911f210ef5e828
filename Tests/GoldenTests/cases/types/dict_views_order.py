# Insertion order, views, iteration, comprehensions, re-insertion.
d = {}
for k in ["zebra", "apple", "mango"]:
    d[k] = len(k)
print(list(d), list(d.values()))
d["apple"] = 99
print("update keeps position:", list(d.items()))
del d["zebra"]
d["zebra"] = 0
print("re-insert goes last:", list(d))
keys = d.keys()
values = d.values()
items = d.items()
d["kiwi"] = 4
print("views are live:", keys, len(values), list(items)[-1])
print("key view set ops:", sorted(keys & {"kiwi", "nope"}), sorted(keys - {"kiwi"}), sorted(keys | {"x"}))
print("items view ops:", sorted(d.items() & {("kiwi", 4)}))
for k, v in d.items():
    print(f"{k}: {v}")
squares = {n: n * n for n in range(6)}
print(squares)
inverted = {v: k for k, v in squares.items() if v % 2 == 0}
print(inverted)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"x": 1}, "b": {"y": [1, 2]}}
nested["b"]["y"].append(3)
print(nested, nested["b"]["y"][-1])
print(dict(sorted({"c": 1, "a": 2, "b": 3}.items())))
int_keys = {3: "c", 1: "a", 2: "b"}
print(int_keys, sorted(int_keys), min(int_keys), max(int_keys.values()))
print({1: "a", 1.0: "b"}, {(1, 2): [3]}, {None: 0, False: 1, "": 2})
print(len({}), bool({}), bool({0: 0}), str({}), repr({"q": "'"}))
print(list(zip(d.keys(), d.values())) == list(d.items()))
