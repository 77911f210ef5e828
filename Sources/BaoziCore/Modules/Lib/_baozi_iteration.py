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


# The lazy builtins over iterators or functions that may switch greenlets: their items come
# from these generators (wrapped in enumerate/zip/map/filter objects).

def enumerate_items(iterator, n):
    for item in iterator:
        yield (n, item)
        n += 1


def _one_from_each(iterators):
    """The next item of every iterator, or None when one is exhausted."""
    items = []
    for it in iterators:
        for item in it:
            items.append(item)
            break
        else:
            return None
    return items


def zip_items(iterators):
    if not iterators:
        return
    while True:
        items = _one_from_each(iterators)
        if items is None:
            return
        yield tuple(items)


def map_items(function, iterators):
    if len(iterators) == 1:
        for item in iterators[0]:
            yield function(item)
        return
    while True:
        items = _one_from_each(iterators)
        if items is None:
            return
        yield function(*items)


def filter_items(function, iterator):
    if function is None:
        for item in iterator:
            if item:
                yield item
    else:
        for item in iterator:
            if function(item):
                yield item
