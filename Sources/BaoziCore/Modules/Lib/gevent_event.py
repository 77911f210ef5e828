"""gevent.event: Event (a flag greenlets wait for) and AsyncResult (a value or an exception
delivered once, to any number of waiting greenlets)."""

from gevent._abstract_linkable import AbstractLinkable
from gevent.timeout import Timeout

__all__ = ["Event", "AsyncResult"]


class _NoValue:
    def __repr__(self):
        return "<default value>"


_NONE = _NoValue()


class Event(AbstractLinkable):
    """A flag: wait() blocks until set() is called. Every greenlet waiting when the flag is
    set wakes up, even if the flag is cleared again before they run."""

    def __init__(self):
        AbstractLinkable.__init__(self)
        self._flag = False

    def __str__(self):
        return "<%s.%s at %s %s _links[%s]>" % (
            type(self).__module__, type(self).__name__, hex(id(self)),
            "set" if self._flag else "clear", self.linkcount())

    def is_set(self):
        return self._flag

    isSet = is_set

    def ready(self):
        return self._flag

    def set(self):
        """Sets the flag and wakes every waiter (in the hub, in the order they waited)."""
        self._flag = True
        self._check_and_notify()

    def clear(self):
        self._flag = False

    def _wait_return_value(self, waited, wait_success):
        if not waited:
            return self._flag
        return wait_success

    def wait(self, timeout=None):
        """Blocks until the flag is set or `timeout` passes; returns the flag (False on
        timeout)."""
        return self._wait(timeout)

    def _reset_internal_locks(self):
        pass


class AsyncResult(AbstractLinkable):
    """A result that arrives later: set(value) or set_exception(exc) once; get() waits for it.
    It can be a link callback: `greenlet.link(result)` delivers the greenlet's outcome."""

    def __init__(self):
        AbstractLinkable.__init__(self)
        self._value = _NONE
        self._exc_info = ()

    @property
    def _exception(self):
        return self._exc_info[1] if self._exc_info else _NONE

    @property
    def value(self):
        return self._value if self._value is not _NONE else None

    @property
    def exc_info(self):
        return self._exc_info

    def __str__(self):
        result = "<%s " % (type(self).__name__,)
        if self.value is not None or self._exception is not _NONE:
            result += "value=%r " % (self.value,)
        if self._exception is not None and self._exception is not _NONE:
            result += "exception=%r " % (self._exception,)
        if self._exception is _NONE:
            result += "unset "
        return result + " _links[%s]>" % (self.linkcount(),)

    def ready(self):
        return bool(self._exc_info) or self._value is not _NONE

    def successful(self):
        return self._value is not _NONE

    @property
    def exception(self):
        if self._exc_info:
            return self._exc_info[1]

    def set(self, value=None):
        """Stores the value and wakes every waiter."""
        self._value = value
        self._check_and_notify()

    def set_exception(self, exception, exc_info=None):
        """Stores the exception (get() raises it) and wakes every waiter."""
        if exc_info:
            self._exc_info = (exc_info[0], exc_info[1], exc_info[2])
        else:
            self._exc_info = (type(exception), exception, None)
        self._check_and_notify()

    def _raise_exception(self):
        t, v, tb = self._exc_info
        if v is None:
            v = t()
        if tb is not None:
            raise v.with_traceback(tb)
        raise v

    def get(self, block=True, timeout=None):
        """The value, waiting for it unless `block` is false (then Timeout if unset);
        raises the stored exception."""
        if self._value is not _NONE:
            return self._value
        if self._exc_info:
            return self._raise_exception()
        if not block:
            raise Timeout()
        if self.hub is None:
            from gevent.hub import get_hub
            self.hub = get_hub()
        # A Timeout that elapses propagates to the caller.
        self._wait_core(timeout, ())
        return self.get(block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _wait_return_value(self, waited, wait_success):
        return self.value

    def wait(self, timeout=None):
        """Blocks until set or `timeout` passes; returns the value (None if unset), never
        raises the stored exception."""
        return self._wait(timeout)

    def __call__(self, source):
        if source.successful():
            self.set(source.value)
        else:
            self.set_exception(source.exception, getattr(source, "exc_info", None))

    # concurrent.futures.Future compatibility
    def result(self, timeout=None):
        return self.get(timeout=timeout)

    set_result = set

    def done(self):
        return self.ready()

    def cancel(self):
        return False

    def cancelled(self):
        return False
