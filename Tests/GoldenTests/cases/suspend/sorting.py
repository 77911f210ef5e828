# Key functions and a user __lt__ used while sorting may switch greenlets (sorted, list.sort,
# min, max, heapq, bisect, itertools.groupby), under greenlet and gevent.
import bisect
import heapq
import itertools
from mod_suspend import both, pause


class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        pause("lt %d %d" % (self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "Box(%d)" % self.v


def slow_key(x):
    pause("key %r" % (x,))
    return -x


def boxes(*vs):
    return [Box(v) for v in vs]


both("sorted key", lambda: sorted([3, 1, 2], key=slow_key))
both("sorted __lt__", lambda: sorted(boxes(3, 1, 2, 5, 4)))
both("sorted __lt__ reverse", lambda: sorted(boxes(1, 3, 2), reverse=True))
both("sorted stable", lambda: [b.v for b in sorted(boxes(2, 1, 2, 1), key=lambda b: pause(b.v))])
both("list.sort key", lambda: (lambda l: (l.sort(key=slow_key), l)[1])([5, 4, 6]))
both("list.sort __lt__", lambda: (lambda l: (l.sort(), l)[1])(boxes(2, 1)))
both("sorted tuples", lambda: sorted([(Box(2), "b"), (Box(1), "a")]))
both("min key", lambda: min([3, 1, 2], key=slow_key))
both("max key", lambda: max([3, 1, 2], key=slow_key))
both("min __lt__", lambda: min(boxes(2, 1, 3)))
both("max __lt__ reflected", lambda: max(Box(1), Box(2)))
both("min default", lambda: min([], key=slow_key, default="empty"))
both("heapq.nsmallest key", lambda: heapq.nsmallest(2, [3, 1, 2], key=slow_key))
both("bisect key", lambda: bisect.bisect([-3, -2, -1], -2, key=lambda x: pause(x)))
both("groupby key", lambda: [k for k, _ in itertools.groupby([1, 1, 2], key=lambda x: pause(x % 2))])

# Errors are CPython's, raised from inside the suspended code.
def bad_key(x):
    pause("bad key")
    raise KeyError(x)


class NoOrder:
    def __lt__(self, other):
        pause("no order")
        return NotImplemented


both("key raises", lambda: sorted([1, 2], key=bad_key))
both("__lt__ NotImplemented", lambda: min([NoOrder(), NoOrder()]))
def sort_error_keeps_items():
    items = [3, 1, 2]
    try:
        items.sort(key=bad_key)
    except KeyError as e:
        return ("KeyError", e.args, items)
both("list.sort error", sort_error_keeps_items)
both("min empty", lambda: min([], key=slow_key))
