"""gevent.lock: Semaphore, BoundedSemaphore, DummySemaphore and RLock for greenlets.

Waiters are woken in the order they started waiting; a greenlet that acquires while the
counter is positive gets it at once, as in gevent.
"""

from greenlet import getcurrent
from gevent._abstract_linkable import AbstractLinkable
from gevent.hub import get_hub
from gevent.exceptions import LoopExit

__all__ = ["Semaphore", "BoundedSemaphore", "DummySemaphore", "RLock"]


class Semaphore(AbstractLinkable):
    """A counter of available resources: acquire() takes one (waiting while none is left),
    release() gives one back. Not tied to the greenlet that acquired it."""

    def __init__(self, value=1, hub=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        AbstractLinkable.__init__(self, hub)
        self.counter = value
        # Wake waiters only while there is something for them to take.
        self._notify_all = False

    def __str__(self):
        return "<%s at %s counter=%s _links[%s]>" % (
            type(self).__name__, hex(id(self)), self.counter, self.linkcount())

    def locked(self):
        """True when acquire() would block."""
        return self.counter <= 0

    def release(self):
        """Gives one back and wakes the next waiter; returns the new counter."""
        self.counter += 1
        self._check_and_notify()
        return self.counter

    def ready(self):
        return self.counter > 0

    def _start_notify(self):
        self._check_and_notify()

    def _wait_return_value(self, waited, wait_success):
        if waited:
            return wait_success
        return True

    def wait(self, timeout=None):
        """Waits until the semaphore could be acquired (without acquiring it); returns the
        counter, which may be 0 again if other waiters took it."""
        if self.counter > 0:
            return self.counter
        self._wait(timeout)
        return self.counter

    def acquire(self, blocking=True, timeout=None):
        """Takes one; True when acquired, False when not blocking or `timeout` passed."""
        if self.counter > 0:
            self.counter -= 1
            return True
        if not blocking:
            return False
        if self.hub is None:
            self.hub = get_hub()
        try:
            success = self._wait(timeout)
        except LoopExit:
            if not self.counter:
                raise
            success = True
        if not success:
            return False
        self.counter -= 1
        return True

    def __enter__(self):
        self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value (a sign of a bug)."""

    _OVER_RELEASE_ERROR = ValueError

    def __init__(self, *args, **kwargs):
        Semaphore.__init__(self, *args, **kwargs)
        self._initial_value = self.counter

    def release(self):
        if self.counter >= self._initial_value:
            raise self._OVER_RELEASE_ERROR("Semaphore released too many times")
        return Semaphore.release(self)


class DummySemaphore:
    """Semaphore's API with an unlimited counter: never blocks (a Pool without a size)."""

    def __init__(self, value=None):
        pass

    def __str__(self):
        return "<%s>" % type(self).__name__

    def locked(self):
        return False

    def ready(self):
        return True

    def release(self):
        pass

    def rawlink(self, callback):
        pass

    def unlink(self, callback):
        pass

    def wait(self, timeout=None):
        return 1

    def acquire(self, blocking=True, timeout=None):
        return True

    def __enter__(self):
        pass

    def __exit__(self, typ, val, tb):
        pass


class RLock:
    """A lock the owning greenlet may acquire again; each acquire needs its release."""

    def __init__(self, hub=None):
        self._block = Semaphore(1, hub)
        self._owner = None
        self._count = 0

    def __repr__(self):
        return "<%s at %s _block=%s _count=%r _owner=%r)>" % (
            type(self).__name__, hex(id(self)), self._block, self._count, self._owner)

    def acquire(self, blocking=True, timeout=None):
        me = getcurrent()
        if self._owner is me:
            self._count += 1
            return 1
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    def __enter__(self):
        return self.acquire()

    def release(self):
        """Releases one level; only the owner may release."""
        if self._owner is not getcurrent():
            raise RuntimeError("cannot release un-acquired lock. Owner: %r Current: %r" % (
                self._owner, getcurrent()))
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, typ, value, tb):
        self.release()

    def locked(self):
        return self._count > 0

    def _is_owned(self):
        return self._owner is getcurrent()
