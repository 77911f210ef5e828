# __bool__, __len__, __index__, __contains__, __eq__, __hash__, __int__, __float__, __iter__,
# __next__, properties and __getattr__ (through getattr/hasattr), __enter__/__exit__ and the
# operator dunders may switch greenlets, under greenlet and gevent.
from mod_suspend import both, pause


class Thing:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Thing(%d)" % self.n

    def __bool__(self):
        pause("bool")
        return self.n > 0

    def __len__(self):
        pause("len")
        return self.n

    def __index__(self):
        pause("index")
        return self.n

    def __contains__(self, x):
        pause("contains")
        return x == self.n

    def __eq__(self, other):
        pause("eq")
        return isinstance(other, Thing) and self.n == other.n

    def __hash__(self):
        pause("hash")
        return self.n

    def __int__(self):
        pause("int")
        return self.n * 10

    def __float__(self):
        pause("float")
        return self.n / 2

    def __add__(self, other):
        pause("add")
        return Thing(self.n + (other.n if isinstance(other, Thing) else other))

    __radd__ = __add__

    def __neg__(self):
        pause("neg")
        return Thing(-self.n)

    def __lt__(self, other):
        pause("lt")
        return self.n < other.n

    def __enter__(self):
        pause("enter")
        return self

    def __exit__(self, *exc):
        pause("exit")
        return False

    @property
    def doubled(self):
        pause("property")
        return self.n * 2

    def __getattr__(self, name):
        pause("getattr " + name)
        if name.startswith("missing"):
            raise AttributeError(name)
        return name.upper()


class Slow:
    """A non-data descriptor whose __get__ waits."""

    def __get__(self, instance, owner):
        pause("descriptor get")
        return "from class" if instance is None else "from instance"


Thing.slow = Slow()
t = Thing(2)
both("bool()", lambda: bool(t))
both("if", lambda: "yes" if t else "no")
both("not", lambda: not Thing(0))
both("len()", lambda: len(t))
both("list[index]", lambda: ["a", "b", "c"][t])
both("range(index)", lambda: list(range(t)))
both("in", lambda: 2 in t)
both("in list with __eq__", lambda: Thing(2) in [Thing(1), Thing(2)])
both("not in tuple", lambda: Thing(3) not in (Thing(1),))
both("list.index", lambda: [Thing(1), Thing(2)].index(Thing(2)))
both("list.index start", lambda: [Thing(2), Thing(2)].index(Thing(2), 1))
both("list.index missing", lambda: [Thing(1)].index(Thing(3)))
both("tuple.index missing", lambda: (Thing(1),).index(Thing(3)))
both("list.count tuple.count", lambda: ([Thing(1), Thing(2), Thing(1)].count(Thing(1)), (Thing(1),).count(Thing(1))))
both("list.remove", lambda: (lambda l: (l.remove(Thing(2)), [x.n for x in l])[1])([Thing(1), Thing(2), Thing(3)]))
both("list.remove missing", lambda: [Thing(1)].remove(Thing(3)))
both("list ==", lambda: [Thing(1)] == [Thing(1)])
both("tuple <", lambda: (Thing(1), 1) < (Thing(1), 2))
both("hash()", lambda: hash(t))
both("int()", lambda: int(t))
both("float()", lambda: float(t))
both("sum", lambda: sum([Thing(1), Thing(2)]).n)
both("operators", lambda: (-(t + 1)).n)
both("getattr property", lambda: getattr(t, "doubled"))
both("getattr __getattr__", lambda: getattr(t, "name"))
both("getattr default", lambda: getattr(t, "missing_x", "default"))
both("descriptor", lambda: (t.slow, Thing.slow, getattr(t, "slow"), hasattr(t, "slow")))
both("hasattr", lambda: (hasattr(t, "doubled"), hasattr(t, "missing_y"), hasattr(t, "other")))


def with_block():
    with Thing(1) as x:
        pause("body")
    return x.n


both("with", with_block)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        pause("iter")
        return self

    def __next__(self):
        pause("next")
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


both("iter()", lambda: type(iter(Countdown(1))).__name__)
both("next()", lambda: next(Countdown(2)))
both("next() default", lambda: next(Countdown(0), "done"))
both("next() generator default", lambda: next((pause(x) for x in []), "empty"))


class Bad:
    def __len__(self):
        pause("bad len")
        return -1

    def __bool__(self):
        pause("bad bool")
        return 1

    def __index__(self):
        pause("bad index")
        return "1"

    def __hash__(self):
        pause("bad hash")
        return "h"

    def __int__(self):
        pause("bad int")
        return 1.5


both("__len__ negative", lambda: len(Bad()))
both("__bool__ returns int", lambda: bool(Bad()))
both("__index__ returns str", lambda: [1, 2][Bad()])
both("range __index__ returns str", lambda: range(Bad()))
both("__hash__ returns str", lambda: hash(Bad()))
both("__int__ returns float", lambda: int(Bad()))
both("getattr missing", lambda: getattr(t, "missing_z"))
