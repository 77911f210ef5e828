# @staticmethod and @classmethod.
class Temperature:
    unit = "C"
    instances = 0
    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.instances += 1
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
print(Temperature.c_to_f(100), Temperature(0).c_to_f(37))
t = Temperature.from_fahrenheit(212)
print(type(t).__name__, t.degrees)
print(Temperature.describe(), t.describe())
class Kelvin(Temperature):
    unit = "K"
k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.degrees, Kelvin.describe())
print("instances:", Temperature.instances)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)
    @staticmethod
    def helper(*args):
        return sum(args)
print(Registry.register("a"), Registry.register("b"), Registry.items)
print(Registry.helper(1, 2, 3), Registry().helper())
sm = Registry.__dict__["helper"]
print(type(sm).__name__, type(Registry.__dict__["register"]).__name__)
print(callable(Registry.helper))
class Factory:
    def __init__(self, parts):
        self.parts = parts
    @classmethod
    def empty(cls):
        return cls([])
    @classmethod
    def of(cls, *parts):
        return cls(list(parts))
print(Factory.empty().parts, Factory.of(1, 2).parts)
