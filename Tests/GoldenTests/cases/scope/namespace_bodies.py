# Names in module code, class bodies and exec/eval code: the namespace first, then the
# globals, then the builtins; `global` names skip the namespace.
"""The module's doc."""
print(__doc__)

# exec with separate globals and locals: stores go to the locals mapping.
g = {"shared": 1}
l = {}
exec("a = shared + 1\nb: int = a * 2\ndel a\nlen = 5\nprint(len, shared, b)", g, l)
print(sorted(l), "a" in g, l["__annotations__"])
exec("global shared\nshared += 10\nz = shared", g, l)
print(g["shared"], l["z"])
try:
    exec("print(nowhere)", g, l)
except NameError as e:
    print("NameError:", e)
try:
    exec("del nowhere", g, l)
except NameError as e:
    print("NameError:", e)
print(eval("b + shared", g, l), eval("[b, len]", g, l))
code = compile("total = 0\nfor i in range(4):\n    total += i\n", "<loop>", "exec")
for ns in ({}, {"range": lambda n: [10] * n}):
    exec(code, ns)
    print(ns["total"])

# except ... as e at module level forgets e, even when the handler raises.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k")
except KeyError:
    pass
print("e" in globals())

# A class body reads its own names first, then the enclosing function's variables.
def outer():
    x = "outer x"
    y = "outer y"
    class C:
        x = "class x"
        seen = (x, y)
        def m(self):
            return x
    return C
C = outer()
print(C.seen, C().m())

def unbound_in_class():
    class D:
        v = w
    w = 1
try:
    unbound_in_class()
except NameError as e:
    print("NameError:", e)

# Class prologue: __module__, __qualname__, __doc__ and the __class__ cell.
class Base:
    def who(self):
        return "base"
class Child(Base):
    "Child doc."
    names = (__module__, __qualname__, __doc__)
    def who(self):
        return "child of " + super().who()
    class Inner:
        q = __qualname__
print(Child.names, Child().who(), Child.Inner.q)

# Imports inside functions and class bodies bind where the statement runs.
def use_math():
    import math as m
    from math import floor as fl
    return m.ceil(1.5), fl(1.5)
print(use_math(), "m" in globals())
class Holder:
    import math
    from math import pi
print(Holder.pi == Holder.math.pi)

counter = 0
def bump(n):
    global counter
    counter += n
    return counter
bump(2); bump(3)
print(counter)

if (walrus := len("four")) > 3:
    print("walrus", walrus)
x, y = 1, 2
del x, (y,)
print("x" in globals(), "y" in globals(), __debug__)
