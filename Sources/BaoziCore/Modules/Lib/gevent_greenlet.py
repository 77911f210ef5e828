"""gevent.greenlet: Greenlet, a greenlet with a result, links and join; joinall and killall."""

import sys
from greenlet import greenlet as _RawGreenlet, getcurrent, GreenletExit
import _baozi_hub
from gevent.hub import get_hub, Waiter, MultipleWaiter, _NONE, _run_callback
_hub_module = sys.modules["gevent.hub"]
from gevent.timeout import Timeout
from gevent.exceptions import InvalidSwitchError

__all__ = ["Greenlet", "joinall", "killall"]


class SpawnedLink:
    """A link that runs its callback in a new raw greenlet."""

    def __init__(self, callback):
        if not callable(callback):
            raise TypeError("Expected callable: %r" % (callback,))
        self.callback = callback

    def __call__(self, source):
        g = _RawGreenlet(self.callback, getcurrent())
        g.switch(source)

    def __eq__(self, other):
        return self.callback == other or self.callback == getattr(other, "callback", other)

    def __hash__(self):
        return hash(self.callback)

    def __repr__(self):
        return repr(self.callback)

    def __getattr__(self, item):
        return getattr(self.callback, item)


class SuccessSpawnedLink(SpawnedLink):
    def __call__(self, source):
        if source.successful():
            return SpawnedLink.__call__(self, source)


class FailureSpawnedLink(SpawnedLink):
    def __call__(self, source):
        if not source.successful():
            return SpawnedLink.__call__(self, source)


class _StartCompleted:
    pending = False

    def stop(self):
        pass

    close = stop


_start_completed_event = _StartCompleted()


class _StartCancelled(_StartCompleted):
    pass


_cancelled_start_event = _StartCancelled()


_NO_LINKS = ()
_NO_EXC_INFO = (None, None, None)


class Greenlet(_RawGreenlet):
    """A greenlet whose result is kept: join() waits for it, get() returns or raises it, and
    links run when it finishes."""

    # Defaults live on the class: an instance's dict holds only what it set (a parked
    # greenlet's dict stays small). `_links` is a list once something links.
    value = None
    _start_event = None
    _notifier = None
    _links = _NO_LINKS
    _exc_info = None
    _ident = None
    _formatted_info = None
    # Most greenlets take no arguments: the empty defaults are not stored per instance, and
    # `kwargs` is a dict of its own once something reads it.
    args = ()
    _kwargs = None

    def __init__(self, run=None, *args, **kwargs):
        # The hub module's global, not get_hub(): one call less per greenlet.
        hub = _hub_module._hub
        if hub is None:
            hub = get_hub()
        _RawGreenlet.__init__(self, None, hub)
        if run is not None:
            self._run = run
        if not callable(self._run):
            raise TypeError("The run argument or self._run must be callable")
        if args:
            self.args = args
        if kwargs:
            self._kwargs = kwargs
        _baozi_hub.set_spawner(self, getcurrent())

    # Kept by the greenlet object, not in the instance dict (one entry less per greenlet).
    @property
    def spawning_greenlet(self):
        return _baozi_hub.spawner(self)

    @spawning_greenlet.setter
    def spawning_greenlet(self, value):
        _baozi_hub.set_spawner(self, value)

    @property
    def spawn_tree_locals(self):
        """A dict shared by every greenlet of one spawn tree: the greenlets a greenlet
        spawns share its dict; greenlets spawned by the main greenlet each start a tree.
        Made when first read (walking up the spawners), not for every greenlet."""
        found = self.__dict__.get("_spawn_tree_locals")
        if found is not None:
            return found
        unresolved = [self]
        spawner = _baozi_hub.spawner(self)
        while True:
            if isinstance(spawner, Greenlet):
                found = spawner.__dict__.get("_spawn_tree_locals")
                if found is not None:
                    break
                unresolved.append(spawner)
                spawner = _baozi_hub.spawner(spawner)
                continue
            # A raw greenlet (or none): it may carry a dict, else the tree starts here,
            # and a spawner other than the main greenlet keeps the new dict for its others.
            found = getattr(spawner, "spawn_tree_locals", None)
            if found is None:
                found = {}
                if spawner is not None and spawner.parent is not None:
                    spawner.spawn_tree_locals = found
            break
        for glet in unresolved:
            glet.__dict__["_spawn_tree_locals"] = found
        return found

    @spawn_tree_locals.setter
    def spawn_tree_locals(self, value):
        self.__dict__["_spawn_tree_locals"] = value

    def _run(self):
        return None

    # -- as a context manager: the with block ends when the greenlet has finished, or kills
    # it when the block raises.

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is None:
            try:
                self.join()
            finally:
                self.kill()
        else:
            self.kill((t, v, tb))

    @property
    def kwargs(self):
        kw = self._kwargs
        if kw is None:
            kw = self._kwargs = {}
        return kw

    @kwargs.setter
    def kwargs(self, value):
        self._kwargs = value

    # -- naming and repr

    @property
    def minimal_ident(self):
        if self._ident is None:
            hub = get_hub()
            self._ident = hub.minimal_ident_counter
            hub.minimal_ident_counter += 1
        return self._ident

    @property
    def name(self):
        name = self.__dict__.get("_name")
        if name is None:
            name = "Greenlet-%d" % self.minimal_ident
            self.__dict__["_name"] = name
        return name

    @name.setter
    def name(self, value):
        self.__dict__["_name"] = value

    def __repr__(self):
        classname = type(self).__name__
        if self.__dict__.get("_name"):
            result = '<%s "%s" at %s' % (classname, self.name, hex(id(self)))
        else:
            result = "<%s at %s" % (classname, hex(id(self)))
        formatted = self._formatinfo()
        if formatted:
            result += ": " + formatted
        return result + ">"

    def _formatinfo(self):
        """The function and arguments for the repr, computed once: `_run` and the arguments
        are dropped when the greenlet finishes or is killed."""
        info = self._formatted_info
        if info is not None:
            return info
        func = self._run
        im_self = getattr(func, "__self__", None)
        if im_self is self:
            funcname = "_run"
        elif im_self is not None:
            funcname = repr(func)
        else:
            funcname = getattr(func, "__name__", "") or repr(func)
        result = funcname
        args = []
        if self.args:
            args = [repr(x)[:50] for x in self.args]
        if self._kwargs:
            args.extend(["%s=%s" % (key, repr(value)[:50]) for (key, value) in self._kwargs.items()])
        if args:
            result += "(" + ", ".join(args) + ")"
        self._formatted_info = result
        return result

    def __str__(self):
        return repr(self)

    # -- state

    @property
    def exception(self):
        return self._exc_info[1] if self._exc_info is not None else None

    @property
    def exc_info(self):
        ei = self._exc_info
        if ei is not None and ei[0] is not None:
            return (ei[0], ei[1], ei[2])
        return None

    @property
    def started(self):
        # gevent: deprecated, and simply bool(self).
        return bool(self)

    def _started_but_aborted(self):
        # Started (or scheduled), not killed, never ran, and no longer scheduled.
        start = self._start_event
        return (start is not None and start is not _cancelled_start_event
                and start is not _start_completed_event
                and not start.pending and not getattr(start, "active", False))

    @property
    def dead(self):
        """True once the greenlet finished, or was killed before it could run."""
        start = self._start_event
        if start is _start_completed_event:
            # It ran: dead when its greenlet finished (the common case, tested first).
            return getcurrent() is not self and super().dead
        if start is None or start.pending:
            # Never started, or scheduled and waiting to run (what rawlink sees in joinall).
            return False
        if getcurrent() is self:
            return False
        return start is _cancelled_start_event or self._started_but_aborted()

    def ready(self):
        # The cheap test first: a greenlet with a result is dead.
        return self._exc_info is not None or self.dead

    def successful(self):
        return self._exc_info is not None and self._exc_info[1] is None

    def __bool__(self):
        return self._start_event is not None and self._exc_info is None

    def has_links(self):
        return bool(self._links)

    # -- starting and stopping

    def start(self):
        """Schedules the greenlet to run in this loop iteration."""
        if self._start_event is None:
            if _spawn_callbacks:
                _call_spawn_callbacks(self)
            # hub.loop.run_callback is this native function.
            self._start_event = _run_callback(self.switch)

    def start_later(self, seconds):
        """Schedules the greenlet to run after `seconds`."""
        if self._start_event is None:
            if _spawn_callbacks:
                _call_spawn_callbacks(self)
            self._start_event = get_hub().loop.timer(seconds)
            self._start_event.start(self.switch)

    @staticmethod
    def add_spawn_callback(callback):
        """Calls `callback(greenlet)` whenever a Greenlet is started (each callback once)."""
        if callback not in _spawn_callbacks:
            _spawn_callbacks.append(callback)
        # The native spawn skips start(): while callbacks exist, spawns go through it.
        _native.set_greenlet_class(None, Greenlet.spawn)

    @staticmethod
    def remove_spawn_callback(callback):
        """Stops calling `callback`; no error if it was never added."""
        if callback in _spawn_callbacks:
            _spawn_callbacks.remove(callback)
        if not _spawn_callbacks:
            _native.set_greenlet_class(Greenlet, Greenlet.spawn)

    @classmethod
    def spawn(cls, *args, **kwargs):
        g = cls(*args, **kwargs)
        g.start()
        return g

    @classmethod
    def spawn_later(cls, seconds, *args, **kwargs):
        if cls is Greenlet and not args and "run" not in kwargs:
            raise TypeError("")
        g = cls(*args, **kwargs)
        g.start_later(seconds)
        return g

    def _cancel_start(self):
        if self._start_event is None:
            # Never started: now it never will be.
            self._start_event = _cancelled_start_event
        self._start_event.stop()
        self._start_event.close()

    def _handle_death_before_start(self, args):
        """A greenlet killed before it ran reports the exception as if it had raised it."""
        if self._exc_info is None and self.dead:
            if len(args) == 1:
                arg = args[0]
                if isinstance(arg, type) and issubclass(arg, BaseException):
                    args = (arg, arg(), None)
                else:
                    args = (type(arg), arg, None)
            elif not args:
                args = (GreenletExit, GreenletExit(), None)
            if not issubclass(args[0], BaseException):
                args = (BaseException, BaseException(args), None)
            self._report_error(args)

    def _free(self):
        # Drop the function and arguments (the repr keeps its cached text).
        d = self.__dict__
        d.pop("_run", None)
        d.pop("args", None)
        d.pop("_kwargs", None)

    def _maybe_kill_before_start(self, exception):
        """Stops a greenlet that has not run yet from ever running; True if it is dead."""
        self._cancel_start()
        self._free()
        dead = self.dead
        if dead:
            if isinstance(exception, tuple) and len(exception) == 3:
                args = exception
            else:
                args = (exception,)
            self._handle_death_before_start(args)
        return dead

    def throw(self, *args):
        """Raises an exception in the greenlet now (from the hub); a greenlet that never ran
        is marked dead with it."""
        self._cancel_start()
        try:
            if not self.dead:
                _RawGreenlet.throw(self, *args)
        finally:
            self._handle_death_before_start(args)

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        """Raises `exception` in the greenlet; waits for it to die when `block`. A greenlet
        that has not started yet never will."""
        if not self._maybe_kill_before_start(exception):
            if self.ready():
                return
            waiter = Waiter() if block else None
            get_hub().loop.run_callback(_kill, self, exception, waiter)
            if waiter is not None:
                waiter.get()
                self.join(timeout)

    # -- results

    def get(self, block=True, timeout=None):
        """The result; re-raises the greenlet's exception. Waits unless `block` is false."""
        if self.ready():
            if self.successful():
                return self.value
            self._raise_exception()
        if not block:
            raise Timeout()
        self._wait_until_ready(timeout, "get", False)
        if self.ready():
            if self.successful():
                return self.value
            self._raise_exception()

    def join(self, timeout=None):
        """Waits until the greenlet finishes or `timeout` passes."""
        if self.ready():
            return
        self._wait_until_ready(timeout, "join", True)

    def _wait_until_ready(self, timeout, caller, quiet_timeout):
        """Links the current greenlet and switches to the hub until this one finishes (its
        links switch back with it). After `timeout` the Timeout is raised, or with
        `quiet_timeout` just ends the wait."""
        switch = getcurrent().switch
        self.rawlink(switch)
        t = Timeout._start_new_or_dummy(timeout)
        try:
            result = get_hub().switch()
            if result is not self:
                raise InvalidSwitchError("Invalid switch into Greenlet.%s(): %r" % (caller, result))
        except Timeout as ex:
            self.unlink(switch)
            if quiet_timeout and ex is t:
                return
            raise
        except BaseException:
            self.unlink(switch)
            raise
        finally:
            t.cancel()

    def _raise_exception(self):
        exc = self._exc_info[1]
        raise exc

    def _report_result(self, result):
        self._exc_info = _NO_EXC_INFO
        self.value = result
        if self._links and not self._notifier:
            self._notifier = _run_callback(self._notify_links)

    def _report_error(self, exc_info):
        if isinstance(exc_info[1], GreenletExit):
            self._report_result(exc_info[1])
            return
        self._exc_info = exc_info
        if self._links and not self._notifier:
            self._notifier = get_hub().loop.run_callback(self._notify_links)
        get_hub().handle_error(self, *exc_info)

    def run(self):
        try:
            # _cancel_start() and _free() inlined: this runs once per greenlet. Every start
            # event's close() is its stop().
            start = self._start_event
            if start is not None:
                start.stop()
            self._start_event = _start_completed_event
            try:
                kw = self._kwargs
                if kw:
                    result = self._run(*self.args, **kw)
                else:
                    result = self._run(*self.args)
            except BaseException:
                self._report_error(sys.exc_info())
                return
            # _report_result(), inlined.
            self._exc_info = _NO_EXC_INFO
            self.value = result
            if self._links and not self._notifier:
                self._notifier = _run_callback(self._notify_links)
        finally:
            # _free(): the arguments are in the dict only when there were some.
            self.__dict__.pop("_run", None)
            if self.args:
                del self.args
            if self._kwargs is not None:
                del self._kwargs

    # -- links

    def rawlink(self, callback):
        """Calls `callback(self)` in the hub once the greenlet has finished."""
        if not callable(callback):
            raise TypeError("Expected callable: %r" % (callback,))
        links = self._links
        if links is _NO_LINKS:
            links = self._links = []
        links.append(callback)
        if self._exc_info is None:
            start = self._start_event
            if start is None or start.pending:
                # Not started, or waiting to: not dead (the common case in joinall).
                return
        if (self._exc_info is not None or self.dead) and not self._notifier:
            self._notifier = _run_callback(self._notify_links)

    def link(self, callback, SpawnedLink=SpawnedLink):
        """Calls `callback(self)` in a new greenlet once this one has finished."""
        self.rawlink(SpawnedLink(callback))

    def unlink(self, callback):
        links = self._links
        if links:
            try:
                links.remove(callback)
            except ValueError:
                pass

    def unlink_all(self):
        if self._links:
            del self._links[:]

    def link_value(self, callback, SpawnedLink=SuccessSpawnedLink):
        self.link(callback, SpawnedLink=SpawnedLink)

    def link_exception(self, callback, SpawnedLink=FailureSpawnedLink):
        self.link(callback, SpawnedLink=SpawnedLink)

    def _notify_links(self):
        while self._links:
            link = self._links.pop(0)
            try:
                link(self)
            except BaseException:
                get_hub().handle_error((link, self), *sys.exc_info())
        self._notifier = None


_spawn_callbacks = []


def _call_spawn_callbacks(glet):
    for callback in list(_spawn_callbacks):
        callback(glet)


# gevent.spawn: the native _baozi_hub.spawn makes and starts a Greenlet as __init__ and start()
# would (anything unusual goes to Greenlet.spawn).
_native = _baozi_hub
_native.set_greenlet_class(Greenlet, Greenlet.spawn)
spawn = _native.spawn


def _kill(glet, exception, waiter):
    try:
        if isinstance(exception, tuple) and len(exception) == 3:
            glet.throw(*exception)
        else:
            glet.throw(exception)
    except BaseException:
        get_hub().handle_error(glet, *sys.exc_info())
    if waiter is not None:
        waiter.switch(None)


class _WaitIterator:
    """iwait(): yields objects as they become ready."""

    def __init__(self, objects, hub, timeout, count):
        self._hub = hub
        self._waiter = MultipleWaiter(hub)
        self._switch = self._waiter.switch
        self._timeout = timeout
        self._objects = objects
        self._timer = None
        self._begun = False
        self._count = len(objects) if count is None else min(count, len(objects))

    def _begin(self):
        if self._begun:
            return
        self._begun = True
        for obj in self._objects:
            obj.rawlink(self._switch)
        if self._timeout is not None:
            self._timer = self._hub.loop.timer(self._timeout)
            self._timer.start(self._switch, self)

    def __iter__(self):
        return self

    def __next__(self):
        if not self._begun:
            self._begin()
        if self._count == 0:
            self._cleanup()
            raise StopIteration()
        self._count -= 1
        try:
            item = self._waiter.get()
            self._waiter.clear()
            if item is self:
                self._cleanup()
                raise StopIteration()
            return item
        except BaseException:
            self._cleanup()
            raise

    def _cleanup(self):
        if self._timer is not None:
            self._timer.close()
            self._timer = None
        objs = self._objects
        self._objects = ()
        for obj in objs:
            unlink = getattr(obj, "unlink", None)
            if unlink is not None:
                unlink(self._switch)

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        self._cleanup()


def iwait(objects, timeout=None, count=None):
    """Iterates over `objects` as they become ready (in the order they finish)."""
    if objects is None:
        return iter([get_hub().join(timeout=timeout)])
    return _WaitIterator(list(objects), get_hub(), timeout, count)


class _Collector:
    """wait() without a timeout: a link that records each object as it becomes ready and
    switches back to the waiting greenlet once `left` have. iwait switches back at every one,
    but the waiter only appends it and waits again: only the last switch can be seen."""

    def __init__(self, left):
        self.done = []
        self.left = left
        self.greenlet = None

    def add(self, source):
        self.done.append(source)
        self.left -= 1
        if self.left == 0 and self.greenlet is not None:
            greenlet = self.greenlet
            self.greenlet = None
            try:
                greenlet.switch(True)
            except BaseException:
                get_hub().handle_error(greenlet.switch, *sys.exc_info())


def _wait_all(objects, count):
    objects = list(objects)
    left = len(objects) if count is None else min(count, len(objects))
    collector = _Collector(left)
    add = collector.add
    try:
        for obj in objects:
            obj.rawlink(add)
        if collector.left > 0:
            collector.greenlet = getcurrent()
            get_hub().switch()
    finally:
        collector.greenlet = None
        if collector.left != 0 or count is not None:
            # Links that have not fired must go (when all fired, none is left).
            for obj in objects:
                unlink = getattr(obj, "unlink", None)
                if unlink is not None:
                    unlink(add)
    return collector.done


def wait(objects=None, timeout=None, count=None):
    """Waits for `objects` (all greenlets when None) and returns those that finished."""
    if objects is None:
        return get_hub().join(timeout=timeout)
    if timeout is None:
        return _wait_all(objects, count)
    done = []
    for obj in iwait(objects, timeout, count):
        done.append(obj)
    return done


def joinall(greenlets, timeout=None, raise_error=False, count=None):
    """Waits for `greenlets` to finish; returns the finished ones. With raise_error, the first
    failure is raised."""
    if not raise_error:
        return wait(greenlets, timeout=timeout, count=count)
    done = []
    for obj in iwait(greenlets, timeout=timeout, count=count):
        if getattr(obj, "exception", None) is not None:
            if hasattr(obj, "_raise_exception"):
                obj._raise_exception()
            else:
                raise obj.exception
        done.append(obj)
    return done


def _killall(greenlets, exception):
    for g in greenlets:
        if not g.dead:
            try:
                g.throw(exception)
            except BaseException:
                g.parent.handle_error(g, *sys.exc_info())


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    """Kills every greenlet of `greenlets`; waits for them to die when `block`."""
    # Greenlets that have not run yet never will; only the others need a throw.
    need_killed = []
    for g in greenlets:
        cancel = getattr(g, "_maybe_kill_before_start", None)
        if cancel is None or not cancel(exception):
            need_killed.append(g)
    if not need_killed:
        return
    greenlets = need_killed
    loop = get_hub().loop
    if block:
        waiter = Waiter()
        loop.run_callback(_killall3, greenlets, exception, waiter)
        t = Timeout._start_new_or_dummy(timeout)
        try:
            alive = waiter.get()
            if alive:
                joinall(alive, raise_error=False)
        finally:
            t.cancel()
    else:
        loop.run_callback(_killall, greenlets, exception)


def _killall3(greenlets, exception, waiter):
    diehards = []
    for g in greenlets:
        if not g.dead:
            try:
                g.throw(exception)
            except BaseException:
                g.parent.handle_error(g, *sys.exc_info())
            if not g.dead:
                diehards.append(g)
    waiter.switch(diehards)
