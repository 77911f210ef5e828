"""queue: the standard library's exceptions Empty and Full.

Baozi has no threads, so the thread-safe queue classes are not provided; gevent.queue has
the greenlet versions (and raises these same exceptions).
"""

__all__ = ["Empty", "Full"]


class Empty(Exception):
    """Raised by a non-blocking get() (or one that timed out) on an empty queue."""
    # CPython defines it in its _queue accelerator module.
    __module__ = "_queue"


class Full(Exception):
    """Raised by a non-blocking put() (or one that timed out) on a full queue."""


def __getattr__(name):
    if name in ("Queue", "LifoQueue", "PriorityQueue", "SimpleQueue"):
        raise NotImplementedError("queue.%s is not supported by Baozi (no threads); use gevent.queue.%s"
                                  % (name, name))
    raise AttributeError("module 'queue' has no attribute '%s'" % (name,))
