# isinstance/issubclass with tuples, type(), __class__, type names of builtins.
values = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(2), len, print]
for v in values:
    print(type(v).__name__, end=" ")
print()
print(isinstance(1, (str, int)), isinstance("x", (list, tuple)), isinstance(True, (int,)))
print(isinstance(1, object), isinstance(None, object), isinstance(int, object), isinstance(int, type))
print(type(int).__name__, type(type).__name__, type(object).__name__)
print(issubclass(int, (float, object)), issubclass(str, (list, tuple)))
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), issubclass(B, (C,)), issubclass(B, (C, (A,))))
print(type(b) is B, type(b) == A, b.__class__ is B, B.__class__ is type)
print(type(b).__name__, type(b).__bases__[0].__name__)
try:
    isinstance(b, "A")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
T = type("Dynamic", (A,), {"x": 5, "hello": lambda self: "hi"})
d = T()
print(T.__name__, d.x, d.hello(), isinstance(d, A))
print(type(3)(7.9), type("s")(12), type([])((1, 2)))
print(int.__name__, str.__name__, list.__name__, dict.__name__, object.__name__)
print(isinstance(3.0, int), isinstance(3, float), isinstance(True, bool), isinstance(1, bool))
