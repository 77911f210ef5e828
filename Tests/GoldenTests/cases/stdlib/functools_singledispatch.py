# functools: singledispatch (register by class, by annotation, unions, ABCs), singledispatchmethod,
# with cached_property and total_ordering alongside.
import collections.abc
import functools
from typing import Union


@functools.singledispatch
def describe(arg):
    return f"object: {arg!r}"


@describe.register(int)
def _(arg):
    return f"int: {arg}"


@describe.register
def _(arg: str):
    return f"str: {arg}"


@describe.register(list)
@describe.register(tuple)
def _(arg):
    return f"sequence of {len(arg)}"


def describe_float(arg):
    return f"float: {arg:.2f}"


describe.register(float, describe_float)


@describe.register
def _(arg: Union[bytes, bytearray]):
    return f"bytes: {len(arg)}"


@describe.register(collections.abc.Mapping)
def _(arg):
    return f"mapping with {sorted(arg)}"


class MyInt(int):
    pass


for value in (1, True, MyInt(5), "s", [1, 2], (1,), 2.5, b"ab", bytearray(3), {"b": 1, "a": 2}, None, {1}):
    print(describe(value))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe_float)
print(sorted(k.__name__ for k in describe.registry), describe.__name__, describe.__wrapped__.__name__)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    describe.register(3, lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    @describe.register
    def _(arg):
        return arg
except TypeError as e:
    print("TypeError:", str(e)[:45])


class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        raise NotImplementedError(f"cannot handle {type(arg).__name__}")

    @area.register
    def _(self, side: int):
        return side * side

    @area.register
    def _(self, dims: tuple):
        return dims[0] * dims[1]


s = Shape()
print(s.area(3), s.area((2, 5)))
try:
    s.area("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Data:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    @functools.cached_property
    def total(self):
        self.calls += 1
        return sum(range(self.n))


d = Data(10)
print(d.total, d.total, d.calls, "total" in d.__dict__)
del d.total
print(d.total, d.calls)


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(2), Version(1) > Version(1))
