# json.dumps() whose default function switches greenlets, with indent, sort_keys, skipkeys,
# nested containers and the errors CPython raises.
import json
from mod_suspend import both, pause


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def as_dict(o):
    pause("default %s" % type(o).__name__)
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode %s" % type(o).__name__)


class Encoder(json.JSONEncoder):
    def default(self, o):
        pause("method")
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


data = {"name": "é", "points": [Point(1, 2), Point(3, 4)], "tags": {3, 1, 2}, "n": 1.5,
        "ok": True, "none": None, 7: "seven", 2.5: "float key", False: "no"}

both("default", lambda: json.dumps(data, default=as_dict))
both("indent and sort_keys", lambda: json.dumps({"b": Point(0, 1), "a": [Point(5, 6), []], "c": {}},
                                                 default=as_dict, indent=2, sort_keys=True))
both("separators, ensure_ascii", lambda: json.dumps([Point("ü", None)], default=as_dict,
                                                     separators=(",", ":"), ensure_ascii=False))
both("skipkeys", lambda: json.dumps({(1, 2): 1, "p": Point(1, 1)}, default=as_dict, skipkeys=True))
both("bad key", lambda: json.dumps({"p": Point(1, 1), (1, 2): 1}, default=as_dict))
both("default raises", lambda: json.dumps([Point(1, 2), object()], default=as_dict))
both("circular", lambda: json.dumps([Point(1, 2)], default=lambda o: pause("loop") and o))
both("encoder subclass", lambda: Encoder().encode({"p": Point(8, 9)}))
both("cls=", lambda: json.dumps([Point(1, 2)], cls=Encoder, indent="--"))
both("not serializable", lambda: json.dumps([Point(1, 2), object()], cls=Encoder))
both("nan", lambda: json.dumps([Point(float("nan"), 1)], default=as_dict, allow_nan=False))
