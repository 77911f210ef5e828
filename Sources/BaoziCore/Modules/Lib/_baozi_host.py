"""Helpers of the embedding API (API/HostGreenlets.swift)."""

from gevent.hub import Waiter


def suspending(start, name):
    """A function that hands a Waiter to the host's `start` and waits on it: the calling
    greenlet is suspended until the host resumes the waiter from the hub."""

    def call(*args, **kwargs):
        waiter = Waiter()
        start(waiter, *args, **kwargs)
        return waiter.get()

    call.__name__ = call.__qualname__ = name
    return call
