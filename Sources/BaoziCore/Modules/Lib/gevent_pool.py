"""gevent.pool: Group (a set of greenlets to join or kill together, with map/imap/apply) and
Pool (a Group with at most `size` running greenlets: spawn waits for a free slot).

Finished greenlets leave their group through a rawlink (`_discard`); an Event set when the
group becomes empty is what join() waits for.
"""

from greenlet import getcurrent, GreenletExit
from gevent.hub import kill as _kill
from gevent.greenlet import joinall, Greenlet
from gevent.queue import Full as QueueFull, UnboundQueue
from gevent.timeout import Timeout
from gevent.event import Event
from gevent.lock import Semaphore, DummySemaphore

__all__ = ["Group", "Pool", "PoolFull"]


class _Failure:
    """What an imap iterator's queue holds for an exception (raised by __next__)."""

    def __init__(self, exc, raise_exception=None):
        self.exc = exc
        self.raise_exception = raise_exception


def _raise_exc(failure):
    if failure.raise_exception:
        failure.raise_exception()
    else:
        raise failure.exc


class IMapUnordered(Greenlet):
    """A greenlet that spawns `func` for each item and is an iterator over the results in
    the order they finish. The results go through an unbounded queue; `maxsize` limits how
    many results may wait there unconsumed."""

    def __init__(self, func, iterable, spawn, maxsize=None, _zipped=False):
        Greenlet.__init__(self)
        self.spawn = spawn
        self._zipped = _zipped
        self.func = func
        self.iterable = iterable
        self.queue = UnboundQueue()
        self._result_semaphore = Semaphore(maxsize) if maxsize else None
        self._outstanding_tasks = 0
        self._max_index = -1
        self.finished = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._result_semaphore is not None:
            self._result_semaphore.release()
        value = self._inext()
        if isinstance(value, _Failure):
            _raise_exc(value)
        return value

    next = __next__

    def _inext(self):
        return self.queue.get()

    def _ispawn(self, func, item, item_index):
        if self._result_semaphore is not None:
            self._result_semaphore.acquire()
        self._outstanding_tasks += 1
        g = self.spawn(func, *item) if self._zipped else self.spawn(func, item)
        g._imap_task_index = item_index
        g.rawlink(self._on_result)
        return g

    def _run(self):
        try:
            func = self.func
            # A `for` loop: the iterable may be anything, and spawning may wait for the pool.
            for item in self.iterable:
                self._max_index += 1
                self._ispawn(func, item, self._max_index)
            self._on_finish(None)
        except BaseException as e:
            self._on_finish(e)
            raise
        finally:
            self.spawn = None
            self.func = None
            self.iterable = None
            self._result_semaphore = None

    def _on_result(self, greenlet):
        # Runs in the hub when a task finishes.
        self._outstanding_tasks -= 1
        count = self._outstanding_tasks
        finished = self.finished
        ready = self.ready()
        put_finished = False
        if ready and count <= 0 and not finished:
            finished = self.finished = True
            put_finished = True
        if greenlet.successful():
            self.queue.put(self._iqueue_value_for_success(greenlet))
        else:
            self.queue.put(self._iqueue_value_for_failure(greenlet))
        if put_finished:
            self.queue.put(self._iqueue_value_for_self_finished())

    def _on_finish(self, exception):
        if self.finished:
            return
        if exception is not None:
            self.finished = True
            self.queue.put(self._iqueue_value_for_self_failure(exception))
            return
        if self._outstanding_tasks <= 0:
            self.finished = True
            self.queue.put(self._iqueue_value_for_self_finished())

    def _iqueue_value_for_success(self, greenlet):
        return greenlet.value

    def _iqueue_value_for_failure(self, greenlet):
        return _Failure(greenlet.exception, getattr(greenlet, "_raise_exception"))

    def _iqueue_value_for_self_finished(self):
        return _Failure(StopIteration())

    def _iqueue_value_for_self_failure(self, exception):
        return _Failure(exception, self._raise_exception)


class IMap(IMapUnordered):
    """IMapUnordered that yields results in the order of the items: results that finish
    early wait in a dict until their turn."""

    def __init__(self, *args, **kwargs):
        self._results = {}
        self.index = 0
        IMapUnordered.__init__(self, *args, **kwargs)

    def _inext(self):
        try:
            value = self._results.pop(self.index)
        except KeyError:
            while True:
                index, value = self.queue.get()
                if index == self.index:
                    break
                self._results[index] = value
        self.index += 1
        return value

    def _iqueue_value_for_success(self, greenlet):
        return (greenlet._imap_task_index, IMapUnordered._iqueue_value_for_success(self, greenlet))

    def _iqueue_value_for_failure(self, greenlet):
        return (greenlet._imap_task_index, IMapUnordered._iqueue_value_for_failure(self, greenlet))

    def _iqueue_value_for_self_finished(self):
        return (self._max_index + 1, IMapUnordered._iqueue_value_for_self_finished(self))

    def _iqueue_value_for_self_failure(self, exception):
        return (self._max_index + 1, IMapUnordered._iqueue_value_for_self_failure(self, exception))


class GroupMappingMixin:
    """map, imap, imap_unordered and apply over a group's spawn()."""

    def spawn(self, func, *args, **kwargs):
        raise NotImplementedError()

    def _apply_immediately(self):
        raise NotImplementedError()

    def _apply_async_use_greenlet(self):
        raise NotImplementedError()

    def _apply_async_cb_spawn(self, callback, result):
        raise NotImplementedError()

    def apply_cb(self, func, args=None, kwds=None, callback=None):
        result = self.apply(func, args, kwds)
        if callback is not None:
            self._apply_async_cb_spawn(callback, result)
        return result

    def apply_async(self, func, args=None, kwds=None, callback=None):
        """Runs func(*args, **kwds) in a new greenlet of the group; returns that greenlet.
        `callback` gets the result when it succeeds."""
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        if self._apply_async_use_greenlet():
            # The pool is full: wait for room in a greenlet of its own, not here.
            return Greenlet.spawn(self.apply_cb, func, args, kwds, callback)
        greenlet = self.spawn(func, *args, **kwds)
        if callback is not None:
            greenlet.link(pass_value(callback))
        return greenlet

    def apply(self, func, args=None, kwds=None):
        """func(*args, **kwds) run in the group, waited for; its result."""
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        if self._apply_immediately():
            return func(*args, **kwds)
        return self.spawn(func, *args, **kwds).get()

    def _map(self, func, iterable):
        greenlets = [self.spawn(func, i) for i in iterable]
        return [g.get() for g in greenlets]

    def map(self, func, iterable):
        """[func(x) for x in iterable], each call in a greenlet of the group, in order."""
        return Greenlet.spawn(self._map, func, iterable).get()

    def map_cb(self, func, iterable, callback=None):
        result = self.map(func, iterable)
        if callback is not None:
            callback(result)
        return result

    def map_async(self, func, iterable, callback=None):
        """map() in a new greenlet, which is returned (its value is the list)."""
        return Greenlet.spawn(self.map_cb, func, iterable, callback)

    def _imap(self, cls, func, *iterables, **kwargs):
        maxsize = kwargs.pop("maxsize", None)
        if kwargs:
            raise TypeError("Unsupported keyword arguments")
        if len(iterables) == 1:
            return cls.spawn(func, iterables[0], spawn=self.spawn, maxsize=maxsize)
        return cls.spawn(func, zip(*iterables), spawn=self.spawn, _zipped=True, maxsize=maxsize)

    def imap(self, func, *iterables, **kwargs):
        """An iterator over func(*items) results, in the order of the items."""
        return self._imap(IMap, func, *iterables, **kwargs)

    def imap_unordered(self, func, *iterables, **kwargs):
        """An iterator over func(*items) results, in the order they finish."""
        return self._imap(IMapUnordered, func, *iterables, **kwargs)


class Group(GroupMappingMixin):
    """A set of greenlets: finished ones leave it; join() waits until it is empty."""

    greenlet_class = Greenlet

    def __init__(self, *args):
        assert len(args) <= 1, args
        self.greenlets = set(*args)
        if args:
            for greenlet in args[0]:
                greenlet.rawlink(self._discard)
        # Greenlets being killed (kill() does not ask twice).
        self.dying = set()
        self._empty_event = Event()
        self._empty_event.set()

    def __repr__(self):
        return "<%s at %s %s>" % (type(self).__name__, hex(id(self)), self.greenlets)

    def __len__(self):
        return len(self.greenlets)

    def __contains__(self, item):
        return item in self.greenlets

    def __iter__(self):
        return iter(self.greenlets)

    def add(self, greenlet):
        """Adds a greenlet (started or not); it leaves when it finishes."""
        rawlink = getattr(greenlet, "rawlink", None)
        if rawlink is not None:
            rawlink(self._discard)
        self.greenlets.add(greenlet)
        self._empty_event.clear()

    def _discard(self, greenlet):
        self.greenlets.discard(greenlet)
        self.dying.discard(greenlet)
        if not self.greenlets:
            self._empty_event.set()

    def discard(self, greenlet):
        """Removes a greenlet without waiting for it."""
        self._discard(greenlet)
        unlink = getattr(greenlet, "unlink", None)
        if unlink is not None:
            unlink(self._discard)

    def start(self, greenlet):
        self.add(greenlet)
        greenlet.start()

    def spawn(self, *args, **kwargs):
        """Starts a new greenlet_class(*args, **kwargs) in the group."""
        greenlet = self.greenlet_class(*args, **kwargs)
        self.start(greenlet)
        return greenlet

    def join(self, timeout=None, raise_error=False):
        """Waits until the group is empty; True if it is, False on timeout. With raise_error,
        raises the first exception of the greenlets that were in it."""
        greenlets = list(self.greenlets) if raise_error else ()
        result = self._empty_event.wait(timeout=timeout)
        for greenlet in greenlets:
            if greenlet.exception is not None:
                if hasattr(greenlet, "_raise_exception"):
                    greenlet._raise_exception()
                raise greenlet.exception
        return result

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        """Kills every greenlet (also those added meanwhile); waits for them when `block`."""
        timer = Timeout._start_new_or_dummy(timeout)
        try:
            while self.greenlets:
                for greenlet in list(self.greenlets):
                    if greenlet in self.dying:
                        continue
                    kill = getattr(greenlet, "kill", None)
                    if kill is None:
                        _kill(greenlet, exception)
                    else:
                        kill(exception, block=False)
                    self.dying.add(greenlet)
                if not block:
                    break
                joinall(self.greenlets)
        except Timeout as ex:
            if ex is not timer:
                raise
        finally:
            timer.cancel()

    def killone(self, greenlet, exception=GreenletExit, block=True, timeout=None):
        """Kills one greenlet of the group."""
        if greenlet not in self.dying and greenlet in self.greenlets:
            greenlet.kill(exception, block=False)
            self.dying.add(greenlet)
            if block:
                greenlet.join(timeout)

    def full(self):
        return False

    def wait_available(self, timeout=None):
        pass

    def _apply_immediately(self):
        # Calling apply from inside the group would deadlock a full pool: run it here.
        return getcurrent() in self

    def _apply_async_cb_spawn(self, callback, result):
        Greenlet.spawn(callback, result)

    def _apply_async_use_greenlet(self):
        return self.full()


class PoolFull(QueueFull):
    """Raised by Pool.add(blocking=False) (or on timeout) when the pool is full."""


class Pool(Group):
    """A Group of at most `size` greenlets (None: unlimited); spawn() and add() wait for a
    free slot."""

    def __init__(self, size=None, greenlet_class=None):
        if size is not None and size < 0:
            raise ValueError("size must not be negative: %r" % (size,))
        Group.__init__(self)
        self.size = size
        if greenlet_class is not None:
            self.greenlet_class = greenlet_class
        self._semaphore = DummySemaphore(size) if size is None else Semaphore(size)

    def wait_available(self, timeout=None):
        """Waits until a slot is free; returns how many are (possibly 0 on timeout)."""
        return self._semaphore.wait(timeout=timeout)

    def full(self):
        return self.free_count() <= 0

    def free_count(self):
        """How many more greenlets could be added without waiting."""
        if self.size is None:
            return 1
        return max(0, self.size - len(self))

    def start(self, greenlet, *args, **kwargs):
        self.add(greenlet, *args, **kwargs)
        greenlet.start()

    def add(self, greenlet, blocking=True, timeout=None):
        """Adds a greenlet, waiting for a free slot; PoolFull if none comes (not blocking,
        or `timeout` passed)."""
        if not self._semaphore.acquire(blocking=blocking, timeout=timeout):
            raise PoolFull()
        try:
            Group.add(self, greenlet)
        except BaseException:
            self._semaphore.release()
            raise

    def _discard(self, greenlet):
        Group._discard(self, greenlet)
        self._semaphore.release()


class pass_value:
    """A link that calls `callback(source.value)` when the source succeeded."""

    def __init__(self, callback):
        self.callback = callback

    def __call__(self, source):
        if source.successful():
            self.callback(source.value)

    def __hash__(self):
        return hash(self.callback)

    def __eq__(self, other):
        return self.callback == getattr(other, "callback", other)

    def __str__(self):
        return str(self.callback)

    def __repr__(self):
        return repr(self.callback)

    def __getattr__(self, item):
        assert item != "callback"
        return getattr(self.callback, item)
