# super() in cooperative multiple inheritance.
trace = []
class Base:
    def __init__(self):
        trace.append("Base")
        super().__init__()
    def hello(self):
        return ["Base"]
class Left(Base):
    def __init__(self):
        trace.append("Left")
        super().__init__()
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def __init__(self):
        trace.append("Right")
        super().__init__()
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def __init__(self):
        trace.append("Bottom")
        super().__init__()
    def hello(self):
        return ["Bottom"] + super().hello()
b = Bottom()
print("init order:", trace)
print("hello chain:", b.hello())
print("mro:", [c.__name__ for c in Bottom.__mro__])
class Kw:
    def __init__(self, **kwargs):
        self.rest = kwargs
class WithA(Kw):
    def __init__(self, a=None, **kwargs):
        self.a = a
        super().__init__(**kwargs)
class WithB(Kw):
    def __init__(self, b=None, **kwargs):
        self.b = b
        super().__init__(**kwargs)
class Both(WithA, WithB):
    pass
obj = Both(a=1, b=2, c=3)
print(obj.a, obj.b, obj.rest)
class Parent:
    def value(self):
        return 10
class ChildTwoArg(Parent):
    def value(self):
        return super(ChildTwoArg, self).value() + 1
class GrandChild(ChildTwoArg):
    def value(self):
        return super().value() * 2
    def skip(self):
        return super(ChildTwoArg, self).value()
g = GrandChild()
print(g.value(), g.skip())
class ClsSuper(Parent):
    @classmethod
    def make(cls):
        return cls.__name__
class ClsSuperChild(ClsSuper):
    @classmethod
    def make(cls):
        return "child of " + super().make()
print(ClsSuperChild.make())
