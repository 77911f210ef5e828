# getattr / setattr / hasattr / delattr / vars / dir / callable / id.
class Config:
    version = 1
    def __init__(self):
        self.debug = False
        self.name = "app"
    def method(self):
        return "called"
c = Config()
print(getattr(c, "debug"), getattr(c, "version"), getattr(c, "missing", "default"))
print(getattr(c, "method")(), getattr(Config, "version"))
setattr(c, "debug", True)
setattr(c, "new_attr", [1, 2])
print(c.debug, c.new_attr)
print(hasattr(c, "name"), hasattr(c, "nope"), hasattr(Config, "method"), hasattr(5, "real"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
print(vars(c))
print(sorted([k for k in vars(Config) if not k.startswith("__")]))
print([n for n in dir(c) if not n.startswith("__")])
for field in ["name", "debug"]:
    print(field, "=", getattr(c, field))
print(callable(print), callable(c.method), callable(Config), callable(c), callable("str"), callable(lambda: 0))
a = [1]
b = a
cpy = list(a)
print(id(a) == id(b), id(a) == id(cpy), id(None) == id(None), isinstance(id(a), int))
print(getattr("abc", "upper")(), getattr([], "__len__")())
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class WithSlotsLike:
    pass
w = WithSlotsLike()
for i in range(3):
    setattr(w, f"field{i}", i * i)
print(vars(w), [getattr(w, f"field{i}") for i in range(3)])
