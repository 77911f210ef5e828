# __str__/__repr__/__format__ reached through str(), repr(), format(), print() and f-strings
# may switch greenlets, also inside lists, tuples, dicts and sets.
from mod_suspend import both, pause


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        pause("repr")
        return "Point(%d)" % self.x

    def __str__(self):
        pause("str")
        return "<%d>" % self.x

    def __format__(self, spec):
        pause("format " + spec)
        return "P" + format(self.x, spec)


class OnlyRepr:
    def __repr__(self):
        pause("repr only")
        return "OnlyRepr()"


p = Point(7)
both("str", lambda: str(p))
both("repr", lambda: repr(p))
both("str through __repr__", lambda: str(OnlyRepr()))
both("format", lambda: format(p, "03"))
both("format no spec", lambda: format(OnlyRepr()))
both("print", lambda: print("printed:", p, OnlyRepr(), sep="|"))
both("f-string", lambda: f"[{p}] [{p!r}] [{p!s:>6}] [{p:x}] [{OnlyRepr()}] [{p!a}]")
both("repr list", lambda: repr([p, (p,), {1: p}]))
both("str dict", lambda: str({"k": OnlyRepr()}))
both("print list", lambda: print([p], (OnlyRepr(),)))
both("f-string list", lambda: f"{[p]!r} {[OnlyRepr()]}")
both("self-referring list", lambda: (lambda l: (l.append(l), repr(l))[1])([OnlyRepr()]))


class BadStr:
    def __str__(self):
        pause("bad str")
        return 42

    def __repr__(self):
        pause("bad repr")
        return None

    def __format__(self, spec):
        pause("bad format")
        return 1.5


both("__str__ returns int", lambda: str(BadStr()))
both("__repr__ returns None", lambda: repr(BadStr()))
both("__format__ returns float", lambda: format(BadStr(), ""))
both("f-string __format__ error", lambda: f"{BadStr()}")
both("f-string !r error", lambda: f"{BadStr()!r}")
both("format spec not str", lambda: format(p, 5))
