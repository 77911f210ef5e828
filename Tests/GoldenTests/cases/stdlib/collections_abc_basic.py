# collections.abc: isinstance/issubclass of builtins, __subclasshook__, registration, mixins.
import collections.abc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized,
                             Container, Collection, Callable, Set, MutableSet, Mapping,
                             MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
                             Sequence, MutableSequence, ByteString, Awaitable, Coroutine,
                             AsyncIterable, AsyncIterator)


def gen():
    yield 1


samples = [("list", []), ("tuple", ()), ("str", ""), ("bytes", b""), ("bytearray", bytearray()),
           ("dict", {}), ("set", set()), ("frozenset", frozenset()), ("range", range(3)),
           ("int", 1), ("float", 1.5), ("None", None), ("list_iter", iter([])),
           ("generator", gen()), ("function", gen), ("builtin", len), ("keys", {}.keys()),
           ("values", {}.values()), ("items", {}.items()), ("zip", zip()), ("type", int)]
abcs = [Hashable, Iterable, Iterator, Generator, Sized, Container, Collection,
        Callable, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence,
        ByteString, MappingView, KeysView, ItemsView, ValuesView]
print(" " * 10, " ".join(a.__name__[:4] for a in abcs))
for name, obj in samples:
    print(f"{name:10}", " ".join(f"{'T' if isinstance(obj, a) else '.':4}" for a in abcs))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, Hashable))
print(issubclass(list, Hashable), issubclass(bool, Hashable), issubclass(type(None), Hashable))


# __subclasshook__: a class with the right methods counts without registering.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Bag:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


class NotHashable:
    __hash__ = None


print(isinstance(Countdown(3), Iterator), isinstance(Countdown(3), Iterable), list(Countdown(3)))
print(isinstance(Bag(), Collection), isinstance(Bag(), Sized), isinstance(Bag(), Sequence))
print(isinstance(NotHashable(), Hashable), isinstance(object(), Hashable))
print(isinstance(Countdown, Callable), isinstance(Countdown(1), Callable))


# Registration makes a virtual subclass.
class Anything:
    pass


Sequence.register(Anything)
print(issubclass(Anything, Sequence), issubclass(Anything, Iterable), isinstance(Anything(), Reversible))
print(Anything.__mro__)


# Mixins: Mapping from __getitem__, __iter__, __len__.
class Config(Mapping):
    def __init__(self, **kw):
        self._data = dict(kw)

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


c = Config(a=1, b=2)
print(c.get("a"), c.get("z", 0), "a" in c, "z" in c, list(c.keys()), list(c.values()), list(c.items()))
print(c == {"a": 1, "b": 2}, c == Config(a=1), c.keys() & {"a", "q"}, ("b", 2) in c.items(), 2 in c.values())
print(type(c.keys()).__name__, isinstance(c.keys(), KeysView), len(c.values()), repr(Config().items())[:25])
print(isinstance({}, Reversible), isinstance([], Reversible), isinstance(set(), Reversible), isinstance(c, Reversible))


class Store(MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


s = Store()
s.update({"x": 1}, y=2)
s.update([("z", 3)])
print(dict(s), s.setdefault("x", 9), s.setdefault("w", 4), s.pop("w"), s.pop("nope", None))
print(s.popitem(), dict(s))
try:
    s.pop("nope")
except KeyError as e:
    print("KeyError:", e)
s.clear()
print(len(s))
try:
    s.popitem()
except KeyError as e:
    print("KeyError", repr(e))


class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


q = Seq(3, 1, 3, 2)
print(list(q), list(reversed(q)), 3 in q, 7 in q, q.index(3), q.index(3, 1), q.count(3))
try:
    q.index(9)
except ValueError as e:
    print("ValueError", repr(e))


class MList(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


m = MList()
m.append(1)
m.extend([2, 3, 4])
m += [5]
m.reverse()
print(list(m), m.pop(), m.pop(0), list(m))
m.remove(3)
print(list(m))
try:
    m.remove(42)
except ValueError:
    print("ValueError on remove")


class ISet(Set):
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


a, b = ISet([1, 2, 3]), ISet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, ISet([2]) < a, a == ISet([3, 2, 1]))
print(a.isdisjoint([7, 8]), a.isdisjoint(b), a._hash() == ISet([3, 2, 1])._hash())


class MSet(MutableSet):
    def __init__(self):
        self._items = []

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(list(self._items))

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)


ms = MSet()
ms |= [1, 2, 3]
ms -= [1]
print(sorted(ms), ms.pop(), len(ms))
try:
    ms.remove(99)
except KeyError as e:
    print("KeyError:", e)

# The abstract methods are enforced.
for abc_class in (Sequence, Mapping, MutableSet, Iterator, Hashable):
    try:
        abc_class()
    except TypeError as e:
        print("TypeError:", e)


class HalfIter(Iterator):
    pass


try:
    HalfIter()
except TypeError as e:
    print("TypeError:", e)
print(collections.abc.Iterable.__module__, sorted(collections.abc.__all__)[:5])
print(isinstance(gen(), Awaitable), isinstance(gen(), Coroutine), isinstance([], AsyncIterable))
