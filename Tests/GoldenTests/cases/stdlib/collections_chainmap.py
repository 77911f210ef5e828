# collections.ChainMap: lookups through several mappings, writes to the first.
from collections import ChainMap
from collections.abc import MutableMapping

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], cm.get("missing"), cm.get("size", 0), len(cm), sorted(cm), list(cm))
print(cm, "size" in cm, "nope" in cm, bool(cm), bool(ChainMap()), ChainMap())
cm["color"] = "blue"
print(cli, cm["color"], defaults["color"])
del cm["color"]
print(cm["color"])
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
try:
    cm["nothing"]
except KeyError as e:
    print("KeyError:", e)
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], child.maps[0], len(child.maps), cm.new_child(x=1).maps[0])
print(dict(cm), cm.copy(), type(cm.copy()).__name__, ChainMap.fromkeys(["a", "b"], 0))
cli["k"] = "v"
print(cm.pop("k"), cm.pop("absent", "dflt"))
try:
    cm.pop("absent")
except KeyError as e:
    print("KeyError:", e)
cli.update(a=1)
print(cm.popitem())
try:
    cm.popitem()
except KeyError as e:
    print("KeyError:", e)
print(isinstance(cm, MutableMapping), cm | {"z": 26}, {"q": 0} | ChainMap({"q": 1}))
cm |= {"w": 2}
print(cli, cm == {**defaults, **env, "w": 2}, list(cm.items())[:2], list(cm.keys())[-1], list(cm.values())[0])
cm.clear()
print(cli, len(cm))


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return f"<no {key}>"


print(DefaultChain({"a": 1})["b"], DefaultChain({"a": 1})["a"])
