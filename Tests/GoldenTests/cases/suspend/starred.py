# `*iterable` in calls and displays: a class iterator or a generator after `*` may switch
# greenlets while it is unpacked.
from mod_suspend import Countdown, both, pause, waiting


def f(*args, **kw):
    return args, sorted(kw.items())


both("f(*it)", lambda: f(*Countdown(2)))
both("f(a, *gen, k=1)", lambda: f("a", *waiting(2), k=1))
both("f(*gen, **kw)", lambda: f(*waiting(1), **{"k": 2}))
both("list display", lambda: [0, *waiting(2), *Countdown(1), 9])
both("tuple display", lambda: (*Countdown(2),))
both("set display", lambda: sorted({*waiting(2), *Countdown(1)}))
both("method call", lambda: "-".join([*map(str, waiting(2))]))


def broken():
    pause("before error")
    yield 1
    raise ValueError("inside the iterator")


both("error inside", lambda: f(*broken()))
both("not iterable", lambda: f(*5))
both("not iterable in display", lambda: [*None])
