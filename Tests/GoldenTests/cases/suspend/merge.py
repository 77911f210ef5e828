# heapq.merge with a key function or items whose `<` switches greenlets; reverse; ties keep
# the order of the inputs; laziness; errors as CPython's.
import heapq
from mod_suspend import both, pause


class Item:
    def __init__(self, n, tag):
        self.n = n
        self.tag = tag

    def __lt__(self, other):
        pause("lt")
        return self.n < other.n

    def __eq__(self, other):
        return self.n == other.n

    def __repr__(self):
        return "%d%s" % (self.n, self.tag)


def key(x):
    pause("key %s" % (x,))
    return x % 10


both("merge with key", lambda: list(heapq.merge([1, 13, 25], [2, 14], [], [3], key=key)))
both("merge reverse", lambda: list(heapq.merge([9, 5, 1], [8, 4], key=lambda x: pause(x), reverse=True)))
both("merge __lt__", lambda: list(heapq.merge([Item(1, "a"), Item(3, "a")], [Item(1, "b"), Item(2, "b")])))
both("ties keep input order", lambda: list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: pause(t[0]))))
both("reverse ties", lambda: list(heapq.merge([3, 1], [3, 2], reverse=True, key=lambda x: pause(x))))
both("generators", lambda: list(heapq.merge((pause(x) for x in [1, 4]), iter([2, 3]))))
both("plain", lambda: (list(heapq.merge()), list(heapq.merge([2, 5], [1, 9, 10])), list(heapq.merge([], [1]))))


def lazy():
    m = heapq.merge([1, 3], [2], key=key)
    return type(m).__name__, next(m), next(m)


both("lazy", lazy)
both("not iterable", lambda: list(heapq.merge([1], 5)))
both("key raises", lambda: list(heapq.merge([1], [2], key=lambda x: 1 / 0)))
both("mixed types", lambda: list(heapq.merge([1], ["a"])))
