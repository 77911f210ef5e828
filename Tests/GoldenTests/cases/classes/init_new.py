# __init__ and __new__.
class Point:
    def __new__(cls, *args):
        print("__new__ called with", args)
        instance = super().__new__(cls)
        return instance
    def __init__(self, x, y):
        print("__init__ called")
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance
a = Singleton()
b = Singleton()
print("singleton:", a is b, a.created)
class NotMine:
    def __init__(self):
        print("NotMine.__init__ should not run")
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called, __new__ returned an int")
w = Weird()
print("weird:", w, type(w).__name__)
class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = UpperStr("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!")
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__)
class InitReturns:
    def __init__(self):
        return None
print(type(InitReturns()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class Defaults:
    def __init__(self, a, b=2, *rest, **kw):
        self.values = (a, b, rest, kw)
print(Defaults(1).values, Defaults(1, 3, 4, k=5).values)
try:
    Defaults()
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
