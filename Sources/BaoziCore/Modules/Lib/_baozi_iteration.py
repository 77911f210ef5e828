"""Iteration for builtins, in Baozi so that it is resumable.

A builtin such as list(), sorted(), sum() or str.join() that is handed a generator or an
iterator written in Baozi runs the iteration with one of these functions: a `for` loop runs on
heap frames, so a greenlet switch inside the iterator (a gevent wait) suspends and resumes it
like any other code. Their frames are hidden from tracebacks.
"""


def collect(iterable):
    items = []
    append = items.append
    for item in iterable:
        append(item)
    return items


def sum_from(iterable, total):
    for item in iterable:
        total = total + item
    return total


def any_of(iterable):
    for item in iterable:
        if item:
            return True
    return False


def all_of(iterable):
    for item in iterable:
        if not item:
            return False
    return True
