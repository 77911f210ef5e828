"""Helpers of the embedding API (API/Embedding.swift, API/HostGreenlets.swift)."""


def call(function, args, kwargs):
    """Calls a builtin for the host from script code, so that it may switch greenlets as it
    could when a script calls it (gevent.sleep, greenlet.switch)."""
    return function(*args, **kwargs)


def suspending(start, name):
    """A function that hands a Waiter to the host's `start` and waits on it: the calling
    greenlet is suspended until the host resumes the waiter from the hub."""

    def call(*args, **kwargs):
        from gevent.hub import Waiter
        waiter = Waiter()
        start(waiter, *args, **kwargs)
        return waiter.get()

    call.__name__ = call.__qualname__ = name
    return call
