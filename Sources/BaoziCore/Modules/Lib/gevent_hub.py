"""gevent.hub: the hub greenlet, which runs the event loop, and the waiting primitives.

A greenlet that must wait arranges for a callback to switch back to it (a timer, a link, a
ready callback) and switches to the hub. The hub takes ready callbacks off the loop's FIFO
(kept in Swift, see Hub/EventLoop.swift) and calls them; when nothing is ready and nothing
is armed, the greenlet waiting in main would wait forever and gets LoopExit.
"""

import sys
import _baozi_hub as _native
from greenlet import greenlet as _RawGreenlet, getcurrent, GreenletExit
from gevent.exceptions import LoopExit, InvalidSwitchError, ConcurrentObjectUseError

__all__ = ["getcurrent", "GreenletExit", "spawn_raw", "sleep", "kill", "signal", "reinit",
           "get_hub", "Hub", "Waiter", "idle"]

_IDLE = _native.IDLE
_run_callback = _native.run_callback
_hub = None


class _Loop:
    """What gevent code knows as `hub.loop`."""

    def __init__(self):
        # The native function itself, not a method: one call less on every spawn and wake-up.
        self.run_callback = _run_callback

    def timer(self, after, repeat=0.0, ref=True, priority=None):
        return _native.timer(after, ref)

    def idle(self, ref=True, priority=None):
        return _native.timer(0.0, ref)

    def now(self):
        return _native.now()

    def update_now(self):
        _native.now()

    @property
    def pendingcnt(self):
        return _native.pending_count()

    def __repr__(self):
        return "<loop pending=%d timers=%d>" % (_native.pending_count(), _native.active_timers())


def _root_greenlet():
    g = getcurrent()
    while g.parent is not None:
        g = g.parent
    return g


class Hub(_RawGreenlet):
    """The greenlet that runs the loop. Its parent is the main greenlet."""

    SYSTEM_ERROR = (KeyboardInterrupt, SystemExit, SystemError)
    NOT_ERROR = (GreenletExit, SystemExit)

    def __init__(self):
        _RawGreenlet.__init__(self, None, _root_greenlet())
        _native.set_hub(self)
        self.loop = _Loop()
        self.name = ""
        self._exception_stream = None
        self.minimal_ident_counter = 0

    @property
    def exception_stream(self):
        if self._exception_stream is None:
            return sys.stderr
        return self._exception_stream

    @exception_stream.setter
    def exception_stream(self, stream):
        self._exception_stream = stream

    def __repr__(self):
        return "<Hub %r at %s epoll default pending=%d ref=%d fileno=%d thread_ident=%s>" % (
            self.name, hex(id(self)), _native.pending_count(), _native.active_timers(),
            _native.backend_fd(), hex(id(self.parent)))

    def run(self):
        run_one = _native.run_one
        while True:
            try:
                while run_one() is not _IDLE:
                    pass
            except GreenletExit:
                # The hub itself is being killed (at interpreter shutdown).
                return
            except BaseException:
                t, v, tb = sys.exc_info()
                self.handle_error(None, t, v, tb)
                continue
            # Nothing is ready and nothing is armed: the main greenlet would wait forever.
            self.parent.throw(LoopExit("This operation would block forever", self, []))

    def switch(self):
        # A greenlet class may define switch_out(), called before it switches to the hub (the
        # hub's own raises: blocking inside a hub callback is an error). Whether a class has
        # one is remembered: a failed getattr on every switch costs an AttributeError.
        cls = type(getcurrent())
        switch_out = _switch_out_by_type.get(cls, _NO_SWITCH_OUT)
        if switch_out is _NO_SWITCH_OUT:
            switch_out = getattr(cls, "switch_out", None)
            _switch_out_by_type[cls] = switch_out
        if switch_out is not None:
            switch_out(getcurrent())
        return _RawGreenlet.switch(self)

    def switch_out(self):
        raise AssertionError("Impossible to call blocking function in the event loop callback")

    def wait(self, watcher):
        """Waits until `watcher` fires: the watcher switches back with the waiter."""
        waiter = Waiter(self)
        watcher.start(waiter.switch, waiter)
        try:
            result = waiter.get()
            if result is not waiter:
                raise InvalidSwitchError("Invalid switch into %s: got %r (expected %r; waiting on %r)"
                                         % (getcurrent(), result, waiter, watcher))
        finally:
            watcher.stop()

    def handle_error(self, context, type, value, tb):
        if type is None:
            type, value, tb = sys.exc_info()
        # NOT_ERROR is only kept quiet: a SystemExit still goes on to the main greenlet.
        if not issubclass(type, self.NOT_ERROR):
            self.print_exception(context, type, value, tb)
        if issubclass(type, self.SYSTEM_ERROR):
            self.handle_system_error(type, value, tb)

    def handle_system_error(self, type, value, tb=None):
        """Raises a system error (SystemExit, KeyboardInterrupt) in the main greenlet."""
        current = getcurrent()
        if current is self or current is self.parent:
            self.parent.throw(value)
            return
        # Should the main greenlet handle it and go on, the greenlet that failed finishes.
        resume = self.loop.run_callback(current.switch)
        try:
            self.parent.throw(value)
        finally:
            resume.stop()

    def print_exception(self, context, type, value, tb):
        stream = self.exception_stream
        if value is None:
            stream.write("%s\n" % type.__name__)
        else:
            stream.write(_native.format_exception(value))
        if context is not None:
            if not isinstance(context, str):
                try:
                    context = repr(context)
                except Exception:
                    context = "<error in repr>"
            stream.write("%s %s failed with %s\n\n" % (_native.timestamp(), context,
                                                      getattr(type, "__name__", "exception")))

    def join(self, timeout=None):
        """Waits until the loop has nothing left to do; False on timeout."""
        if getcurrent() is not self.parent:
            raise AssertionError("only possible from the MAIN greenlet")
        if self.dead:
            return True
        waiter = Waiter(self)
        timer = None
        if timeout is not None:
            timer = self.loop.timer(timeout)
            timer.start(waiter.switch, None)
        try:
            try:
                waiter.get()
            except LoopExit:
                return True
        finally:
            if timer is not None:
                timer.stop()
        return False

    def destroy(self, destroy_loop=None):
        global _hub
        if _hub is self:
            _hub = None
            _native.set_hub(None)


_switch_out_by_type = {}
_NO_SWITCH_OUT = object()


def get_hub(*args, **kwargs):
    """The hub of this interpreter, made on first use."""
    global _hub
    if _hub is None:
        _hub = Hub()
    return _hub


def _get_hub_noargs():
    return _hub if _hub is not None else get_hub()


def get_hub_if_exists():
    return _hub


class Waiter:
    """A one-shot rendezvous between the hub and one waiting greenlet.

    (No __slots__ here or in the other small gevent classes: Baozi's slot access is slower
    than its instance dict, and these objects are made on every wait.)"""

    def __init__(self, hub=None):
        self.hub = get_hub() if hub is None else hub
        self.greenlet = None
        self.value = None
        self._exception = _NONE

    def clear(self):
        self.greenlet = None
        self.value = None
        self._exception = _NONE

    def __str__(self):
        if self._exception is _NONE:
            return "<%s greenlet=%s>" % (type(self).__name__, self.greenlet)
        if self._exception is None:
            return "<%s greenlet=%s value=%r>" % (type(self).__name__, self.greenlet, self.value)
        return "<%s greenlet=%s exc_info=%r>" % (type(self).__name__, self.greenlet, self._exception)

    def ready(self):
        return self._exception is not _NONE

    def successful(self):
        if self.ready():
            return self._exception is None

    @property
    def exc_info(self):
        if self._exception is not _NONE:
            return self._exception

    def switch(self, value):
        """Called from the hub: wakes the waiting greenlet with `value`."""
        greenlet = self.greenlet
        if greenlet is None:
            self.value = value
            self._exception = None
        else:
            if getcurrent() is not self.hub:
                raise AssertionError("Can only use Waiter.switch method from the Hub greenlet")
            try:
                greenlet.switch(value)
            except BaseException:
                self.hub.handle_error(greenlet.switch, *sys.exc_info())

    def switch_args(self, *args):
        return self.switch(args)

    def throw(self, *throw_args):
        greenlet = self.greenlet
        if greenlet is None:
            self._exception = throw_args
        else:
            if getcurrent() is not self.hub:
                raise AssertionError("Can only use Waiter.switch method from the Hub greenlet")
            try:
                greenlet.throw(*throw_args)
            except BaseException:
                self.hub.handle_error(greenlet.throw, *sys.exc_info())

    def get(self):
        """Waits for the value (or exception) unless it is already there."""
        if self._exception is not _NONE:
            if self._exception is None:
                return self.value
            getcurrent().throw(*self._exception)
        if self.greenlet is not None:
            raise ConcurrentObjectUseError("This Waiter is already used by %r" % (self.greenlet,))
        self.greenlet = getcurrent()
        try:
            return self.hub.switch()
        finally:
            self.greenlet = None

    def __call__(self, source):
        if source.exception is None:
            self.switch(source.value)
        else:
            self.throw(source.exception)


class MultipleWaiter(Waiter):
    """A Waiter that keeps every value it is switched, for iwait."""

    def __init__(self, hub=None):
        Waiter.__init__(self, hub)
        self._values = []

    def switch(self, value):
        self._values.append(value)
        Waiter.switch(self, True)

    def get(self):
        if not self._values:
            Waiter.get(self)
            Waiter.clear(self)
        return self._values.pop(0)


class _NoneType:
    def __repr__(self):
        return "<default value>"


_NONE = _NoneType()


# sleep(seconds=0, ref=True) is native: a parked greenlet keeps no frame of it, and its timer
# is reused by its next sleep. sleep(0) lets every other ready greenlet run first.
sleep = _native.sleep
_native.set_hub_factory(get_hub)


def idle(priority=0):
    """Waits until the event loop has nothing ready."""
    hub = get_hub()
    hub.wait(_native.timer(0.0))


def spawn_raw(function, *args, **kwargs):
    """Starts `function` in a plain greenlet on the next loop iteration."""
    if not callable(function):
        raise TypeError("function must be callable")
    hub = get_hub()
    if kwargs:
        g = _RawGreenlet(_call_with_kwargs(function, args, kwargs), hub)
        _run_callback(g.switch)
    else:
        g = _RawGreenlet(function, hub)
        _run_callback(g.switch, *args)
    return g


def _call_with_kwargs(function, args, kwargs):
    def run():
        return function(*args, **kwargs)
    return run


def kill(greenlet, exception=GreenletExit):
    """Raises `exception` in `greenlet` on the next loop iteration (does not wait)."""
    if not greenlet.dead:
        if hasattr(greenlet, "kill"):
            greenlet.kill(exception=exception, block=False)
        else:
            get_hub().loop.run_callback(greenlet.throw, exception)


def reinit(hub=None):
    pass


def signal(*args, **kwargs):
    raise NotImplementedError("gevent.signal is not supported by Baozi")
