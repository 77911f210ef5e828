# typing: Generic classes, Protocol, NamedTuple, TypedDict, NewType, overload, final.
from typing import (Generic, TypeVar, Protocol, runtime_checkable, NamedTuple, TypedDict,
                    NewType, overload, get_overloads, final, Iterable, Dict, List, Optional,
                    SupportsInt, SupportsFloat, SupportsIndex, Annotated, get_type_hints,
                    Required, NotRequired, is_typeddict, get_origin, get_args)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__, Stack.__parameters__, Stack[int], Stack[str].__origin__ is Stack)
print(Stack.__orig_bases__, Stack.__mro__, s.__orig_class__)
print(isinstance(s, Stack), issubclass(Stack, Generic), get_origin(Stack[int]), get_args(Stack[int]))


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value


class StrPair(Pair[str, V]):
    pass


print(Pair[str, int], StrPair.__parameters__, StrPair[int], StrPair("a", 1).value, StrPair.__mro__)
for bad in (lambda: Pair[int], lambda: Stack[int, str], lambda: Generic[int], lambda: Stack[int][str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Plain(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Partial(Generic[K], Dict[K, V]):
        pass
except TypeError as e:
    print("TypeError:", e)


# Protocols
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class HasName(Protocol):
    name: str


class File:
    def close(self):
        print("closed")


class Nothing:
    pass


print(isinstance(File(), Closable), isinstance(Nothing(), Closable), issubclass(File, Closable))
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(2.5, SupportsFloat), isinstance(1, SupportsIndex))
try:
    isinstance(File(), HasName)
except TypeError as e:
    print("TypeError:", e)
try:
    Closable()
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(File)
except TypeError as e:
    print("TypeError:", e)


class Implements(Closable):
    def close(self):
        return "implemented"


print(Implements().close(), isinstance(Implements(), Closable))


# NamedTuple, class syntax and functional
class Employee(NamedTuple):
    name: str
    id: int = 3

    def describe(self) -> str:
        return f"{self.name}#{self.id}"


e = Employee("Guido")
print(e, e.describe(), e._fields, e._field_defaults, Employee.__annotations__, e[0], e._replace(id=7))
print(isinstance(e, tuple), Employee._make(["x", 1]), e._asdict(), type(e).__name__)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__, Point(x=3, y=4).y)
try:
    class Bad(NamedTuple):
        a: int = 0
        b: int
except TypeError as e2:
    print("TypeError:", e2)
try:
    Employee()
except TypeError as e3:
    print("TypeError:", e3)


# TypedDict
class Movie(TypedDict):
    title: str
    year: int


class MovieExtra(Movie, total=False):
    rating: float


m = Movie(title="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
print(sorted(MovieExtra.__required_keys__), sorted(MovieExtra.__optional_keys__), MovieExtra.__total__)
print(is_typeddict(Movie), is_typeddict(dict), MovieExtra(title="x", year=1, rating=2.5))
Point2 = TypedDict("Point2", {"x": int, "y": int})
print(Point2(x=1, y=2), Point2.__annotations__)


class Options(TypedDict, total=False):
    debug: Required[bool]
    level: int


print(sorted(Options.__required_keys__), sorted(Options.__optional_keys__))
try:
    isinstance({}, Movie)
except TypeError as e4:
    print("TypeError:", e4)

# NewType
UserId = NewType("UserId", int)
print(UserId(5), type(UserId(5)), UserId, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as e5:
    print("TypeError:", e5)


# overload and final
@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"), len(get_overloads(double)))


@overload
def only(x: int) -> int:
    ...


try:
    only(1)
except NotImplementedError as e6:
    print("NotImplementedError:", e6)


@final
class Sealed:
    @final
    def method(self):
        pass


print(Sealed.__final__, Sealed.method.__final__)

# Annotated
Distance = Annotated[float, "meters"]
print(Distance, get_args(Distance), Distance.__metadata__)


def run(d: Distance, n: Annotated[int, "count", "positive"]) -> None:
    pass


print(get_type_hints(run), get_type_hints(run, include_extras=True)["n"])


# A runtime-checkable protocol with a data member: isinstance works, issubclass refuses.
@runtime_checkable
class HasX(Protocol):
    x: int


class WithX:
    x = 1


print(isinstance(WithX(), HasX), isinstance(Nothing(), HasX))
try:
    issubclass(WithX, HasX)
except TypeError as e7:
    print("TypeError:", e7)
try:
    issubclass(WithX, HasName)
except TypeError as e8:
    print("TypeError:", e8)

# dataclasses skip typing.ClassVar annotations, given as objects or as strings.
from dataclasses import dataclass, fields
from typing import ClassVar


@dataclass
class Counted:
    total: ClassVar[int] = 0
    label: "ClassVar[str]" = "c"
    step: int = 1


print(Counted(), [f.name for f in fields(Counted)], Counted.total, Counted.label)
