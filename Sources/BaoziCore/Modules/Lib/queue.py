"""queue: the standard library's exceptions Empty and Full.

Baozi has no threads, so the thread-safe queue classes only raise NotImplementedError;
gevent.queue has the greenlet versions (and raises these same exceptions).
"""

__all__ = ["Empty", "Full", "Queue", "LifoQueue", "PriorityQueue", "SimpleQueue"]


class Empty(Exception):
    """Raised by a non-blocking get() (or one that timed out) on an empty queue."""
    # CPython defines it in its _queue accelerator module.
    __module__ = "_queue"


class Full(Exception):
    """Raised by a non-blocking put() (or one that timed out) on a full queue."""


class _NeedsThreads:
    """The thread-safe queues: Baozi has no threads, so making one is a clear error."""

    def __init__(self, *args, **kwargs):
        name = type(self).__name__
        raise NotImplementedError("queue.%s is not supported by Baozi (no threads); use gevent.queue.%s"
                                  % (name, name))


class Queue(_NeedsThreads):
    pass


class LifoQueue(_NeedsThreads):
    pass


class PriorityQueue(_NeedsThreads):
    pass


class SimpleQueue(_NeedsThreads):
    pass
