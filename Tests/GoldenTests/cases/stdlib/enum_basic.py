# enum: Enum members, lookups, aliases, auto, unique, _missing_, methods, functional API.
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} is #{self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN

    @property
    def is_warm(self):
        return self in (Color.RED,)


print(Color.RED, repr(Color.RED), str(Color.BLUE), f"{Color.GREEN}", format(Color.RED, ">12"))
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(Color.RED.name, Color.RED.value, Color.CRIMSON.name, Color.__members__)
print(list(Color.__members__), list(reversed(Color)))
print(Color.RED.describe(), Color.default(), Color.RED.is_warm, Color.BLUE.is_warm)
print(type(Color.RED) is Color, isinstance(Color.RED, Color), isinstance(Color, enum.EnumMeta))
print(repr(Color), Color.RED in Color, Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE)
print({Color.RED: "r"}[Color.CRIMSON], hash(Color.RED) == hash(Color.RED), Color(Color.RED))
print(Color.RED.__class__.__name__, Color.__name__, enum.EnumType is enum.EnumMeta)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)


class Shade(Enum):
    LIGHT = auto()
    DARK = auto()
    EXTRA = 10
    AFTER = auto()


print(list(Shade), Shade.AFTER.value)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.surface_gravity, Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    HAPPY = 1
    SAD = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Mood("happy"), Mood(2))
try:
    Mood(9)
except ValueError as e:
    print("ValueError:", e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "nope"


try:
    Bad(2)
except TypeError as e:
    print("TypeError:", e)


class Coordinate(bytes, Enum):
    X = b"x"


print(repr(Coordinate.X) if False else Coordinate.X.value)


# unique
@unique
class Fine(Enum):
    ONE = 1
    TWO = 2


print(list(Fine))
try:
    @unique
    class Dupes(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)


# IntEnum
class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(repr(Num.ONE), str(Num.ONE), f"{Num.TWO:>4}", format(Num.THREE, "03d"), Num.ONE + 1, Num.TWO * 2)
print(Num.ONE < Num.TWO, Num.ONE == 1, Num(2), Num["THREE"], sorted([Num.THREE, Num.ONE]), [1, 2, 3][Num.ONE])
print(isinstance(Num.ONE, int), hash(Num.ONE) == hash(1), int(Num.THREE), Num.THREE.name, max(Num))
try:
    Num(5)
except ValueError as e:
    print("ValueError:", e)


# StrEnum
class Method(StrEnum):
    GET = auto()
    POST = "post"
    PUT_ALL = auto()


print(repr(Method.GET), str(Method.GET), Method.GET == "get", Method.POST.upper(), f"{Method.PUT_ALL}")
print(list(Method), Method("post"), "-".join(Method))
try:
    class Broken(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)


# The functional API
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pets = Enum("Pets", [("DOG", "d"), ("FISH", "f")])
print(list(Pets), Pets("f"))
Levels = IntEnum("Levels", ["LOW", "HIGH"], start=10)
print(list(Levels), Levels.HIGH + 0)
Marks = Enum("Marks", {"X": "x", "O": "o"})
print(list(Marks))


# Members with the same value but a custom __new__ and _value_.
class Ordinal(Enum):
    def __new__(cls, label):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        obj.label = label
        return obj

    FIRST = "1st"
    SECOND = "2nd"


print(list(Ordinal), Ordinal.SECOND.label, Ordinal(1))


class WithIgnore(Enum):
    _ignore_ = ["temp"]
    temp = 5
    A = 1


print(list(WithIgnore), hasattr(WithIgnore, "temp"))
