# pprint: pformat/pprint/pp layouts of nested dicts, lists, tuples, sets and long strs and
# bytes at several widths, indent, depth, compact, sort_dicts, underscore_numbers, saferepr.
import pprint

data = {
    "name": "Baozi interpreter",
    "versions": [(3, 11, 0), (3, 12, 1), (2, 7, 18)],
    "features": {"generators": True, "greenlets": True, "gevent": {"hub": "libuv", "queues": ["fifo", "lifo", "priority"]}},
    "numbers": list(range(30)),
    "empty": [[], {}, (), set(), ""],
    "single": (1,),
    "tags": {30, 10, 20},
    "frozen": frozenset({3, 1, 2}),
    "text": "The quick brown fox jumps over the lazy dog and keeps running far beyond the horizon line.",
    "blob": bytes(range(40)),
    1: "int key", 2.5: "float key",
}
pprint.pprint(data)
for width in [20, 40, 60, 120]:
    print("width", width)
    print(pprint.pformat(data, width=width))
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=60))
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat([[1, 2, 3]] * 6, compact=True, width=25))
print(pprint.pformat({"z": 1, "a": 2, "m": {"y": 0, "b": 1}}, sort_dicts=False, width=10))
pprint.pp({"z": 1, "a": 2}, width=5)
print(pprint.pformat(10 ** 12, underscore_numbers=True), pprint.pformat([123456789], underscore_numbers=True))
print(pprint.pformat("short"), pprint.pformat("a\nmultiline\nstring that is long enough to wrap around", width=20))
print(pprint.pformat(("x" * 30, "y" * 30), width=40))
print(pprint.saferepr({"b": [1, 2], "a": (3,)}), pprint.isreadable([1, {"a": 2}]), pprint.isreadable(object))
a = [1, 2]
a.append(a)
print(pprint.isrecursive(a), pprint.isrecursive([1, 2]), pprint.isreadable(a))
class P:
    def __repr__(self):
        return "P()"
print(pprint.pformat([P(), P()] * 10, width=30))
print(pprint.pformat({(1, "a"): [1], (0, "b"): [2]}), pprint.pformat({1: "x", "a": "y"}))
pp = pprint.PrettyPrinter(indent=2, width=30)
print(pp.pformat({"alpha": list(range(10)), "beta": {"x": 1}}))
for kwargs in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
