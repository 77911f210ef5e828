# json.dumps/dump: every type, indent (int and str), separators, sort_keys, ensure_ascii,
# allow_nan, skipkeys, default, JSONEncoder subclasses, and the encoder's errors.
import json

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True, "none": None,
        "ratio": 0.1, "big": 10 ** 30, "t": (1, 2), "nested": {"x": [], "y": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, 2], indent=1, separators=(", ", " = ")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps([1.0, -0.0, 1e100, 1.5e-7, 3.141592653589793, 2 ** 63, -5]))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps("héllo wörld ☃ 😀 \x00\x1f\x7f \"q\" \\ / \n\t\r\b\f"))
print(json.dumps("héllo ☃ 😀 \x7f \u2028", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps({"a": 1, (1, 2): 2, "b": 3}, skipkeys=True))
print(json.dumps(True), json.dumps(None), json.dumps("x"), json.dumps(7), json.dumps([]), json.dumps({}))
print(json.dumps(set([3]), default=list), json.dumps({"s": {1}}, default=sorted))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)

print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
print(PointEncoder(indent=2).encode({"p": Point(0, 0)}))
print(json.JSONEncoder().encode({"a": [1]}), "".join(json.JSONEncoder().iterencode([1, "x"])))

class MyInt(int):
    def __repr__(self):
        return "MyInt!"

class MyStr(str):
    pass

print(json.dumps([MyInt(5), MyStr("s"), {MyStr("k"): MyInt(3)}]))

import sys
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
out = Out()
json.dump({"k": [1, 2]}, out, indent=1)
print("".join(out.parts))
json.dump([1], sys.stdout)
print()

for obj, kwargs in [(object(), {}), ({(1, 2): 3}, {}), ([float("nan")], {"allow_nan": False}),
                    ({"x": float("inf")}, {"allow_nan": False}), ({1.5: float("-inf")}, {"allow_nan": False}),
                    ({1: 2, "a": 3}, {"sort_keys": True}), (Point(1, 2), {}), ({"s": {1, 2}}, {})]:
    try:
        print(json.dumps(obj, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

a = []
a.append(a)
d = {}
d["self"] = d
for obj in [a, d]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print("ValueError", e)

def loop(o):
    return [o]
try:
    json.dumps(object(), default=loop)
except ValueError as e:
    print("ValueError", e)
