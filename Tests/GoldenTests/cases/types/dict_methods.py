# Every dict method.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d), d["a"])
print("get:", d.get("a"), d.get("zz"), d.get("zz", "default"))
print("setdefault:", d.setdefault("a", 100), d.setdefault("new", []), d)
d["new"].append("x")
print("after mutation via setdefault value:", d["new"])
print("pop:", d.pop("new"), d.pop("missing", "fallback"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
d.update({"d": 4, "a": 10})
d.update(e=5)
d.update([("f", 6)])
print("update:", d)
print("popitem:", d.popitem(), d.popitem(), d)
print("keys:", d.keys(), "values:", d.values(), "items:", d.items())
c = d.copy()
c["b"] = "changed"
print("copy:", d["b"], c["b"])
print("fromkeys:", dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print("fromkeys shares value:", shared)
c.clear()
print("clear:", c, len(c))
print("in:", "a" in d, "zz" in d, 10 in d.values(), ("a", 10) in d.items())
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e))
del d["a"]
print("del:", d)
print("dict():", dict(), dict(a=1, b=2), dict([("x", 1)]), dict(zip("ab", [1, 2])), dict({"k": 1}, j=2))
print("merge |:", {"a": 1, "b": 2} | {"b": 3, "c": 4})
m = {"a": 1}
m |= {"z": 26}
print("|=:", m)
print("equality ignores order:", {"a": 1, "b": 2} == {"b": 2, "a": 1})
print("reversed keys:", list(reversed({"x": 1, "y": 2, "z": 3})))
print("get on nested:", {"a": {"b": 1}}.get("a", {}).get("b"))
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
