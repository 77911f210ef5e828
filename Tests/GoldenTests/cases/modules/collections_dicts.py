# collections.defaultdict and OrderedDict.
from collections import defaultdict, OrderedDict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], "z" in groups, len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts.default_factory, defaultdict(list).default_factory is list)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
sets = defaultdict(set)
sets["k"].add(1)
sets["k"].add(2)
print(dict(sets))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError with no factory:", e)
print(counts.get("missing"), "missing" in counts)
od = OrderedDict()
od["first"] = 1
od["second"] = 2
od["third"] = 3
print(od, list(od))
od.move_to_end("first")
print("move_to_end:", list(od))
od.move_to_end("third", last=False)
print("move_to_end last=False:", list(od))
print("popitem last:", od.popitem(), "popitem first:", od.popitem(last=False), od)
od2 = OrderedDict([("a", 1), ("b", 2)])
od3 = OrderedDict([("b", 2), ("a", 1)])
print("order-sensitive eq:", od2 == od3, dict(od2) == dict(od3), od2 == {"b": 2, "a": 1})
od2.update(c=3)
print(od2, isinstance(od2, dict))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
