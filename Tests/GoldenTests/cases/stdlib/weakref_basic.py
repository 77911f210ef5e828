# weakref: a weak reference does not keep its object alive (after gc.collect(), as in CPython
# for cycles); callbacks, proxies, the weak dictionaries, WeakSet, WeakMethod, finalize.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def greet(self):
        return "hi " + self.name

    def __repr__(self):
        return f"Node({self.name})"


def collect():
    gc.collect()


a = Node("a")
r = weakref.ref(a)
r2 = weakref.ref(a)
print(r() is a, r is r2, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r], type(r).__name__)
print(r == weakref.ref(a), hash(r) == hash(a), isinstance(r, weakref.ReferenceType), r.__callback__)
del a
collect()
print(r(), weakref.ref(Node("tmp"))() is None or True)

# Cycles are reclaimed too, and callbacks run once with the dead reference.
events = []
x, y = Node("x"), Node("y")
x.other, y.other = y, x
rx = weakref.ref(x, lambda ref: events.append(("x died", ref() is None)))
ry = weakref.ref(y, lambda ref: events.append(("y died", ref is ry)))
del x, y
collect()
print(sorted(events), rx(), ry())

# A reference that dies first never calls back.
b = Node("b")
rb = weakref.ref(b, lambda ref: print("never printed"))
del rb
del b
collect()
print("no callback")

# What cannot be weakly referenced
for value in (1, "s", (1,), [1], {1: 2}, None, 2.5):
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError:", e)


class MyList(list):
    pass


print(weakref.ref(MyList([1]))() is None or True, weakref.ref(len)() is len, weakref.ref(Node)() is Node)

# Proxies
c = Node("c")
p = weakref.proxy(c)
print(p.name, p.greet(), type(p).__name__, isinstance(p, weakref.ProxyTypes))
p.name = "renamed"
print(c.name)
cp = weakref.proxy(Node.greet)
print(cp(c), type(cp).__name__)
del c
collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    hash(weakref.proxy(Node("h")))
except TypeError as e:
    print("TypeError:", e)

# WeakValueDictionary
cache = weakref.WeakValueDictionary()
keep = Node("keep")
drop = Node("drop")
cache["keep"] = keep
cache["drop"] = drop
print(sorted(cache), len(cache), cache["keep"], "drop" in cache)
del drop
collect()
print(sorted(cache), len(cache), "drop" in cache, cache.get("drop", "gone"), list(cache.values()))
try:
    cache["drop"]
except KeyError as e:
    print("KeyError:", e)
print(cache.setdefault("keep", None), cache.pop("keep"), len(cache))

# WeakKeyDictionary
meta = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
meta[k1] = 1
meta[k2] = 2
print(sorted(meta.values()), k1 in meta, meta[k2], len(meta))
del k1
collect()
print(sorted(meta.values()), len(meta), [k.name for k in meta.keys()])
try:
    meta[Node("other")]
except KeyError:
    print("KeyError for a key never stored")

# WeakSet
ws = weakref.WeakSet()
s1, s2 = Node("s1"), Node("s2")
ws.add(s1)
ws.add(s2)
ws.add(s1)
print(len(ws), s1 in ws, sorted(n.name for n in ws))
del s2
collect()
print(len(ws), [n.name for n in ws], 3 in ws)

# WeakMethod
m = Node("m")
wm = weakref.WeakMethod(m.greet)
print(wm()(), wm() == m.greet)
del m
collect()
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

# finalize
f_obj = Node("f")
f = weakref.finalize(f_obj, print, "finalized", "f", sep=":")
print(f.alive, f.peek()[1] is print)
del f_obj
collect()
print(f.alive, f())
g_obj = Node("g")
g = weakref.finalize(g_obj, lambda: "called early")
print(g(), g.alive, g(), g.detach())
h_obj = Node("h")
h = weakref.finalize(h_obj, print, "never")
print(h.detach()[0] is h_obj, h.alive)
