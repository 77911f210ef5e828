# __iter__/__next__ of a class iterator and generators, consumed by the builtins that take an
# iterable, may switch greenlets; so may map/filter functions and functools.reduce callbacks.
import functools
from mod_suspend import Countdown, both, pause, waiting


both("list", lambda: list(Countdown(2)))
both("tuple", lambda: tuple(waiting(2)))
both("set", lambda: sorted(set(Countdown(2))))
both("frozenset", lambda: sorted(frozenset(waiting(2))))
both("dict", lambda: dict(zip(Countdown(2), "ab")))
both("sum", lambda: sum(Countdown(3)))
both("min max", lambda: (min(Countdown(2)), max(waiting(2))))
both("any all", lambda: (any(Countdown(2)), all(waiting(2))))
both("sorted", lambda: sorted(Countdown(2)))
both("enumerate", lambda: list(enumerate(Countdown(2), 1)))
both("zip", lambda: list(zip(Countdown(2), waiting(3))))
both("map", lambda: list(map(lambda x: pause(x * 10), Countdown(2))))
both("filter", lambda: list(filter(lambda x: pause(x) % 2, [1, 2, 3])))
both("str.join", lambda: "-".join(map(str, Countdown(2))))
both("list.extend", lambda: (lambda l: (l.extend(Countdown(2)), l)[1])(["x"]))
both("dict.update", lambda: (lambda d: (d.update(zip(waiting(2), Countdown(2))), d)[1])({}))
both("reduce", lambda: functools.reduce(lambda a, b: pause(a + b), [1, 2, 3]))


def broken():
    pause("before error")
    yield 1
    raise ValueError("inside the iterator")


both("error inside", lambda: list(broken()))
both("not iterable", lambda: list(5))
