"""Runs a piece of work that pauses inside script code called by the language or a builtin,
first as a greenlet switching to the main greenlet, then as a gevent greenlet beside another
one that prints while the work waits, so that every suspension shows in the output."""

import gevent
from greenlet import greenlet, getcurrent

_switch_to = None


def pause(label):
    """Called inside a dunder, key function or callback: lets another greenlet run."""
    if _switch_to is not None:
        _switch_to.switch(label)
    else:
        gevent.sleep(0)
    return label


def _guarded(work):
    try:
        return work()
    except Exception as e:
        return "raised %s: %s" % (type(e).__name__, e)


def under_greenlet(name, work):
    global _switch_to
    _switch_to = getcurrent()
    g = greenlet(_guarded)
    labels = []
    label = g.switch(work)
    while not g.dead:
        labels.append(label)
        label = g.switch()
    _switch_to = None
    print("  greenlet:", name, "->", label, "| switched at", labels)


def under_gevent(name, work):
    state = {}
    ticks = []

    def ticker():
        while not state["worker"].ready():
            ticks.append(len(ticks))
            print("    tick", len(ticks))
            gevent.sleep(0)

    t = gevent.spawn(ticker)
    state["worker"] = w = gevent.spawn(_guarded, work)
    gevent.joinall([t, w])
    print("  gevent:", name, "->", w.value, "|", len(ticks), "ticks")


def both(name, work):
    under_greenlet(name, work)
    under_gevent(name, work)


class Countdown:
    """An iterator class counting down from n, pausing in __iter__ and in each __next__."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        pause("iter")
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        pause("next %d" % self.n)
        self.n -= 1
        return self.n


def waiting(n):
    """A generator of 0..n-1 pausing before each item."""
    for i in range(n):
        pause("yield %d" % i)
        yield i
