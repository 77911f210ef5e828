# dataclasses: generated __init__/__repr__/__eq__, defaults, field options, helpers.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass, Field)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(1, 2), Point(x=3, y=4), p == Point(1, 0), p == Point(2), p != Point(1))
print(p == (1, 0), Point.__doc__, Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__hash__)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 1}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    computed: int = field(init=False, default=-1)


a = Inventory("a")
b = Inventory("a")
a.items.append("apple")
print(a, b, a.items is b.items, a == b)
b.items.append("apple")
b.secret = "other"
print(a == b, a.computed, Inventory("z", [1], 5))
try:
    Inventory("x", [], 1, "s", 3)
except TypeError as e:
    print("TypeError:", e)


# __post_init__ and InitVar
@dataclass
class Rect:
    w: float
    h: float
    scale: InitVar[int] = 1
    area: float = field(init=False)

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


r = Rect(2, 3, scale=2)
print(r, [f.name for f in fields(r)], hasattr(r, "scale"))
print(Rect.__dataclass_fields__["scale"]._field_type, Rect.__match_args__)


# ClassVar annotations are not fields (a string annotation counts too).
@dataclass
class Counter:
    total: "ClassVar[int]" = 0
    step: int = 1


print(Counter(), [f.name for f in fields(Counter)], Counter.total)


# order, frozen, unsafe_hash
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "rc")
print(v1 < v2, v1 <= v2, v1 > v2, v2 >= v1, sorted([v2, v1, Version(0, 9)]))
print(hash(v1) == hash(Version(1, 2, "x")), {v1: "one"}[Version(1, 2)])
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    v1.other = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    v1 < (1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(default="", hash=False)


print(hash(Key(1, "x")) == hash(Key(1, "y")), Key(1) == Key(1, ""))


@dataclass(eq=False)
class Identity:
    v: int


i = Identity(1)
print(i == Identity(1), i == i, hash(i) == hash(i))


@dataclass(repr=False, init=False)
class Bare:
    v: int = 5


print(Bare().v, repr(Bare()).startswith("<__main__.Bare object"))


# Inheritance: fields of bases come first; a subclass may override a default.
@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    y: int = 10


print(Derived(0), [f.name for f in fields(Derived)])


# kw_only
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int
    d: int = field(default=4, kw_only=False)


print(Mixed(1, 9, c=3), Mixed.__match_args__)


# slots
@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)

# helpers
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))


@dataclass
class Line:
    start: Point
    end: Point
    notes: dict = field(default_factory=dict)


line = Line(Point(0, 0), Point(3, 4), {"k": [Point(1, 1)]})
print(asdict(line))
print(astuple(line))
print(replace(p, y=7), replace(line, notes={}).notes, replace(p) == p)
try:
    replace(Inventory("q"), computed=1)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(r)
except ValueError as e:
    print("ValueError:", e)
for bad in (asdict, astuple, fields):
    try:
        bad(3)
    except TypeError as e:
        print("TypeError:", e)
try:
    replace(3)
except TypeError as e:
    print("TypeError:", e)
f0 = fields(Inventory)[0]
print(type(f0) is Field, f0.name, f0.type, f0.default is MISSING, f0.init, f0.repr, f0.compare, f0.hash, dict(f0.metadata))
print(field(default=1, metadata={"unit": "cm"}).metadata["unit"])

# make_dataclass
Pos = make_dataclass("Pos", [("lat", float), ("lon", float, field(default=0.0))], namespace={"kind": lambda self: "pos"})
print(Pos(1.5), Pos(1.5).kind(), [f.name for f in fields(Pos)])
C3 = make_dataclass("C3", ["a", ("b", int)], frozen=True)
print(C3(1, 2))
try:
    make_dataclass("Bad", ["a", "a"])
except TypeError as e:
    print("TypeError:", e)

# Errors raised while the class is built
attempts = []


def attempt(label, build):
    try:
        build()
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


def non_default_after_default():
    @dataclass
    class A:
        x: int = 0
        y: int


def mutable_default():
    @dataclass
    class A:
        x: list = []


def both_defaults():
    field(default=1, default_factory=list)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int


def frozen_from_plain():
    @dataclass(frozen=True)
    class A(Base):
        z: int = 0


def plain_from_frozen():
    @dataclass
    class A(Version):
        z: int = 0


def field_without_annotation():
    @dataclass
    class A:
        x = field(default=1)


def explicit_lt():
    @dataclass(order=True)
    class A:
        x: int

        def __lt__(self, other):
            return True


def hash_conflict():
    @dataclass(unsafe_hash=True)
    class A:
        x: int

        def __hash__(self):
            return 1


for label, build in [("non-default", non_default_after_default), ("mutable", mutable_default),
                     ("both", both_defaults), ("order", order_without_eq),
                     ("frozen", frozen_from_plain), ("plain", plain_from_frozen),
                     ("annotation", field_without_annotation), ("lt", explicit_lt),
                     ("hash", hash_conflict)]:
    attempt(label, build)


# Recursive repr and a field named self.
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n)


@dataclass
class Odd:
    self: int


print(Odd(self=3))
