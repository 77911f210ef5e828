# Class attributes vs instance attributes, mutable class attributes, __dict__.
class Shared:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print("shared list:", Shared.items, a.items is b.items)
print("count shadows per instance:", a.count, b.count, Shared.count)
print("instance dicts:", a.__dict__, b.__dict__)
class Fixed:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
f1, f2 = Fixed(), Fixed()
f1.add(1)
print("separate lists:", f1.items, f2.items)
class Config:
    debug = False
    level = 1
    def enable(self):
        type(self).debug = True
c1, c2 = Config(), Config()
c1.enable()
print("class-level change seen everywhere:", c2.debug, Config.debug)
print("class __dict__ has attrs:", "level" in Config.__dict__, "enable" in Config.__dict__)
class WithClassAttrCompute:
    base = 10
    doubled = base * 2
    names = ["a", "b"]
    upper = [n.upper() for n in names]
print(WithClassAttrCompute.doubled, WithClassAttrCompute.upper)
class Methods:
    def m(self):
        return "m"
inst = Methods()
inst.m = lambda: "instance function"
print(inst.m(), Methods().m())
Methods.extra = lambda self: "added later"
print(inst.extra())
print(sorted([k for k in vars(Config) if not k.startswith("__")]))
print([n for n in dir(c1) if not n.startswith("__")])
