"""gevent.timeout: Timeout, raised in a greenlet when its time is up, and with_timeout."""

from greenlet import getcurrent
from gevent.hub import get_hub, _NONE

__all__ = ["Timeout", "with_timeout"]


class _FakeTimer:
    """Stands in for a timer when there is no time limit."""
    pending = False
    active = False
    seconds = None

    def start(self, *args, **kwargs):
        raise AssertionError("non-expiring timer cannot be started")

    def stop(self):
        return

    cancel = stop
    close = stop

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return


_FakeTimer = _FakeTimer()


class Timeout(BaseException):
    """Raises `exception` (by default the Timeout itself) in the greenlet that started it once
    `seconds` have passed. As a context manager it starts on entry and is cancelled on exit;
    with exception=False it only ends the block silently."""

    def __init__(self, seconds=None, exception=None, ref=True, priority=-1):
        BaseException.__init__(self)
        self.seconds = seconds
        self.exception = exception
        if seconds is None:
            self.timer = _FakeTimer
        else:
            self.timer = get_hub().loop.timer(seconds or 0.0, ref=ref, priority=priority)

    def start(self):
        if self.pending:
            raise AssertionError("%r is already started; to restart it, cancel it first" % self)
        if self.seconds is None:
            return
        if self.exception is None or self.exception is False or isinstance(self.exception, str):
            throws = self
        else:
            throws = self.exception
        self.timer.start(getcurrent().throw, throws)

    @classmethod
    def start_new(cls, timeout=None, exception=None, ref=True, _one_shot=False):
        if isinstance(timeout, Timeout):
            if not timeout.pending:
                timeout.start()
            return timeout
        timeout = cls(timeout, exception, ref=ref)
        timeout.start()
        return timeout

    @staticmethod
    def _start_new_or_dummy(timeout, exception=None, ref=True):
        if timeout is None:
            return _FakeTimer
        return Timeout.start_new(timeout, exception, ref, _one_shot=True)

    @property
    def pending(self):
        return self.timer.pending

    def cancel(self):
        if self.timer.pending:
            self.timer.stop()

    def close(self):
        self.timer.stop()
        self.timer.close()
        self.timer = _FakeTimer

    def __repr__(self):
        classname = type(self).__name__
        pending = " pending" if self.pending else ""
        exception = "" if self.exception is None else " exception=%r" % (self.exception,)
        return "<%s at %s seconds=%s%s%s>" % (classname, hex(id(self)), self.seconds, exception, pending)

    def __str__(self):
        if self.seconds is None:
            return ""
        suffix = "" if self.seconds == 1 else "s"
        if self.exception is None:
            return "%s second%s" % (self.seconds, suffix)
        if self.exception is False:
            return "%s second%s (silent)" % (self.seconds, suffix)
        return "%s second%s: %s" % (self.seconds, suffix, self.exception)

    def __enter__(self):
        if not self.pending:
            self.start()
        return self

    def __exit__(self, typ, value, tb):
        self.close()
        if value is self and self.exception is False:
            return True
        return None

    def __lt__(self, other):
        # A Timeout compares with numbers (and other Timeouts) by its seconds: a Timeout can
        # stand where a timeout in seconds is expected (Queue.get(timeout=...)).
        try:
            return self.seconds < other.seconds
        except AttributeError:
            try:
                return self.seconds < other
            except TypeError:
                return NotImplemented


def with_timeout(seconds, function, *args, **kwds):
    """Calls `function`; if it takes longer than `seconds`, raises Timeout in it (or returns
    the `timeout_value` keyword, when given)."""
    timeout_value = kwds.pop("timeout_value", _NONE)
    timeout = Timeout.start_new(seconds, _one_shot=True)
    try:
        try:
            return function(*args, **kwds)
        except Timeout as ex:
            if ex is timeout and timeout_value is not _NONE:
                return timeout_value
            raise
    finally:
        timeout.cancel()
