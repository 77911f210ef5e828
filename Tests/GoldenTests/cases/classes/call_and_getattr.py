# __call__, __getattr__, __setattr__, __getattribute__-free patterns.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add3 = Adder(3)
print(add3(4), callable(add3), list(map(add3, [1, 2])))
class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.real, d.auto_hello)
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "auto_x"), getattr(d, "nothing", "fallback"), hasattr(d, "nope"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = "two"
r.a += 5
del r.b
print(r.log, r.a)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
f = Frozen(1)
try:
    f.x = 2
except AttributeError as e:
    print("AttributeError:", e, f.x)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(2))
