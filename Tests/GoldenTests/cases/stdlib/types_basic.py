# types: the type names, SimpleNamespace, MappingProxyType, MethodType, ModuleType, new_class.
import sys
import types


def f():
    pass


def gen():
    yield 1


class C:
    def m(self):
        return self


print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0))
print(types.GeneratorType is type(gen()), isinstance(gen(), types.GeneratorType))
print(types.MethodType is type(C().m), types.BuiltinFunctionType is type(len))
print(types.BuiltinMethodType is type([].append), types.ModuleType is type(sys))
print(types.NoneType is type(None), types.EllipsisType is type(...),
      types.NotImplementedType is type(NotImplemented))
print(types.CodeType is type(f.__code__))
print(isinstance(f, types.FunctionType), isinstance(len, types.FunctionType), isinstance(len, types.BuiltinFunctionType))

# SimpleNamespace
ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(types.SimpleNamespace() == types.SimpleNamespace(), ns == types.SimpleNamespace(b="two", c=[3]))
print(ns == 3, ns != types.SimpleNamespace())
ns.self = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(ns, "missing"), getattr(ns, "missing", "default"))


class Point(types.SimpleNamespace):
    pass


print(Point(x=1, y=2))

# MappingProxyType
d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(repr(mp), mp, mp["a"], len(mp), "b" in mp, list(mp), mp.get("z", 0))
print(list(mp.keys()), list(mp.values()), list(mp.items()), mp.copy())
d["c"] = 3
print(mp["c"], mp == d, mp | {"z": 9})
try:
    mp["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    mp["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)

# MethodType binds a function to an object.
class Dog:
    sound = "woof"


def speak(self, times):
    return self.sound * times


dog = Dog()
bound = types.MethodType(speak, dog)
print(bound(2), bound.__self__ is dog, bound.__func__ is speak)
try:
    types.MethodType(3, dog)
except TypeError as e:
    print("TypeError:", e)

# ModuleType makes an empty module.
mod = types.ModuleType("plugins", "Plug-in registry")
mod.value = 10
print(mod.__name__, mod.__doc__, mod.value, type(mod).__name__)
print(types.ModuleType("bare").__doc__)

# new_class, prepare_class, resolve_bases
def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__
    ns["x"] = 5


Made = types.new_class("Made", (C,), exec_body=body)
print(Made.__name__, Made.__bases__, Made().greet(), Made.x, Made().m().x)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls


WithMeta = types.new_class("WithMeta", (), {"metaclass": Meta, "flag": True})
print(type(WithMeta).__name__, WithMeta.options)
meta, ns2, kw = types.prepare_class("X", (), {"metaclass": Meta, "k": 1})
print(meta.__name__, ns2, kw)
print(types.resolve_bases((int, str)))


class Other(type):
    pass


try:
    types.new_class("Bad", (WithMeta,), {"metaclass": Other})
except TypeError as e:
    print("TypeError:", e)
