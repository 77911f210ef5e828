# dir() and vars() on user objects (only non-dunder names are printed).
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_b = "b"
        self.inst_a = "a"
    def child_method(self):
        pass
    @property
    def prop(self):
        return 1
    @staticmethod
    def stat():
        pass
c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(vars(c))
c.later = 3
print(vars(c), "later" in dir(c))
print(sorted([k for k in vars(Child) if not k.startswith("__")]))
print("__init__" in dir(c), "__class__" in dir(c), "__dict__" in dir(c))
def local_names():
    x = 1
    y = 2
    return dir()
print(local_names())
import math
print([n for n in ["sqrt", "pi", "floor", "nope"] if n in dir(math)])
print(sorted(vars(c).keys()), list(c.__dict__.values()))
c.__dict__["injected"] = "via dict"
print(c.injected)
