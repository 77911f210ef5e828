"""gevent.queue: queues that greenlets put to and get from, blocking cooperatively.

Queue (FIFO, optionally bounded; also JoinableQueue with task_done/join), LifoQueue,
PriorityQueue, UnboundQueue, SimpleQueue and Channel (a rendezvous: put waits for a get).
Blocked getters and putters are kept in FIFO order; a hub callback (`_unlock`) hands items
over, so the greenlet that waited longest is served first. Empty and Full are the standard
library's `queue.Empty` and `queue.Full`.
"""

import sys
import collections
from heapq import heappush as _heappush, heappop as _heappop, heapify as _heapify
import queue as __queue__
from greenlet import getcurrent
from gevent.hub import get_hub, Waiter
from gevent.timeout import Timeout
from gevent.exceptions import InvalidSwitchError

Full = __queue__.Full
Empty = __queue__.Empty


class ShutDown(Exception):
    """Raised by put() and get() once the queue was shut down."""


__implements__ = ["Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]
__extensions__ = ["JoinableQueue", "Channel", "ShutDown"]
__imports__ = ["Empty", "Full"]
__all__ = __implements__ + __extensions__ + __imports__


def _safe_remove(deq, item):
    try:
        deq.remove(item)
    except ValueError:
        pass


def _wait_in_line(queue, line, other, entry, waiter, timeout, timeout_exc, what=None):
    """Queues `entry` in `line` (the queue's getters or putters), wakes the other side if it
    waits, and waits on `waiter` until the other side hands over, or `timeout` raises
    `timeout_exc`. With `what`, the waiter must come back with itself (a check against stray
    switches). Returns what the waiter got."""
    timeout = Timeout._start_new_or_dummy(timeout, timeout_exc)
    try:
        line.append(entry)
        if other:
            queue._schedule_unlock()
        result = waiter.get()
        if what is not None and result is not waiter:
            raise InvalidSwitchError("Invalid switch into %s: %r" % (what, result))
        return result
    except BaseException:
        # Woken normally, the entry was already taken off the deque: only a timeout or a
        # kill leaves it there (and remove() is a linear scan).
        _safe_remove(line, entry)
        raise
    finally:
        timeout.cancel()


def _type_repr(t):
    if not isinstance(t, type):
        return repr(t)
    if t.__module__ == "builtins":
        return t.__qualname__
    return "%s.%s" % (t.__module__, t.__qualname__)


class _GenericAlias:
    """What `Queue[int]` gives: the class with its parameters (types.GenericAlias)."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        origin = self.__origin__
        return "%s.%s[%s]" % (origin.__module__, origin.__qualname__,
                              ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


class ItemWaiter(Waiter):
    """A blocked putter: the item it brings and the queue to put it in."""

    def __init__(self, item, queue):
        Waiter.__init__(self)
        self.item = item
        self.queue = queue

    def put_and_switch(self):
        self.queue._put(self.item)
        self.queue = None
        self.item = None
        return self.switch(self)


class SimpleQueue:
    """A FIFO queue of greenlets' items; maxsize None (or <= 0) means unbounded."""

    def __init__(self, maxsize=None, items=()):
        if maxsize is not None and maxsize <= 0:
            maxsize = None
        self._maxsize = maxsize if maxsize is not None else -1
        self.getters = collections.deque()
        self.putters = collections.deque()
        self.hub = get_hub()
        self._event_unlock = None
        self.is_shutdown = False
        self.queue = None
        # The standard library's subclass hooks: _init(maxsize) makes the storage, and
        # _qsize/_put/_get use it. Only gevent passes the initial items.
        if items:
            self._init(maxsize, items)
        else:
            self._init(maxsize)

    # `Queue[int]` in annotations.
    __class_getitem__ = classmethod(_GenericAlias)

    # -- storage (subclasses change the order)

    def _init(self, maxsize, items=()):
        self.queue = self._create_queue(items)

    def _create_queue(self, items=()):
        return collections.deque(items)

    def _qsize(self):
        return len(self.queue)

    def _get(self):
        return self.queue.popleft()

    def _put(self, item):
        self.queue.append(item)

    def _peek(self):
        return self.queue[0]

    @property
    def maxsize(self):
        return self._maxsize if self._maxsize > 0 else None

    @maxsize.setter
    def maxsize(self, nv):
        if nv is None or nv <= 0:
            self._maxsize = -1
        else:
            self._maxsize = nv

    def copy(self):
        return type(self)(self.maxsize, self.queue)

    def __repr__(self):
        return "<%s at %s%s>" % (type(self).__name__, hex(id(self)), self._format())

    def __str__(self):
        return "<%s%s>" % (type(self).__name__, self._format())

    def _format(self):
        result = []
        if self.maxsize is not None:
            result.append("maxsize=%r" % (self.maxsize,))
        if self.queue:
            result.append("queue=%r" % (self.queue,))
        if self.getters:
            result.append("getters[%s]" % len(self.getters))
        if self.putters:
            result.append("putters[%s]" % len(self.putters))
        if result:
            return " " + " ".join(result)
        return ""

    def qsize(self):
        return self._qsize()

    def __len__(self):
        return self._qsize()

    def __bool__(self):
        # A queue is an object first: `if q:` must not mean "has items".
        return True

    def empty(self):
        return not self._qsize()

    def full(self):
        return self._maxsize > 0 and self._qsize() >= self._maxsize

    def put(self, item, block=True, timeout=None):
        """Puts `item`, waiting for room when the queue is full (unless `block` is false or
        `timeout` passes: then Full)."""
        if self.is_shutdown:
            raise ShutDown
        if self._maxsize == -1 or self._qsize() < self._maxsize:
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            self._put(item)
            if self.getters:
                self._schedule_unlock()
            return
        if self.hub is getcurrent():
            # In the hub nothing may block: hand items to waiting getters to make room.
            while self.getters and self._qsize() and self._qsize() >= self._maxsize:
                getter = self.getters.popleft()
                getter.switch(getter)
            if self._qsize() < self._maxsize:
                self._put(item)
                return
            raise Full
        if block:
            waiter = ItemWaiter(item, self)
            _wait_in_line(self, self.putters, self.getters, waiter, waiter, timeout, Full, "Queue.put")
            return
        raise Full

    def put_nowait(self, item):
        self.put(item, False)

    def _get_or_peek(self, method, block, timeout):
        if self.is_shutdown:
            raise ShutDown
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if self.hub is getcurrent():
            # In the hub: take from a waiting putter, never block.
            while self.putters:
                self.putters.popleft().put_and_switch()
                if self._qsize():
                    return method()
            raise Empty
        if not block:
            raise Empty
        waiter = Waiter()
        _wait_in_line(self, self.getters, self.putters, waiter, waiter, timeout, Empty, "Queue.get")
        return method()

    def get(self, block=True, timeout=None):
        """Removes and returns the next item, waiting for one when empty (unless `block` is
        false or `timeout` passes: then Empty)."""
        if self._qsize():
            if self.putters:
                self._schedule_unlock()
            return self._get()
        return self._get_or_peek(self._get, block, timeout)

    def get_nowait(self):
        return self.get(False)

    def peek(self, block=True, timeout=None):
        """The next item without removing it (waiting like get())."""
        if self._qsize():
            return self._peek()
        return self._get_or_peek(self._peek, block, timeout)

    def peek_nowait(self):
        return self.peek(False)

    def _unlock(self):
        # Runs in the hub: move waiting putters' items in and wake getters, oldest first.
        while True:
            repeat = False
            if self.putters and (self._maxsize == -1 or self._qsize() < self._maxsize):
                repeat = True
                putter = self.putters.popleft()
                try:
                    self._put(putter.item)
                except BaseException:
                    putter.throw(*sys.exc_info())
                else:
                    putter.switch(putter)
            if self.getters and self._qsize():
                repeat = True
                getter = self.getters.popleft()
                getter.switch(getter)
            if not repeat:
                return

    def _schedule_unlock(self):
        if not self._event_unlock:
            self._event_unlock = self.hub.loop.run_callback(self._unlock)

    def __iter__(self):
        return self

    def __next__(self):
        """Iteration gets items until StopIteration itself comes out of the queue."""
        result = self.get()
        if result is StopIteration:
            raise result
        return result

    next = __next__


class Queue(SimpleQueue):
    """SimpleQueue that also counts unfinished tasks: task_done() after each get, and join()
    waits until every item put has been marked done."""

    def __init__(self, maxsize=None, items=(), unfinished_tasks=None):
        SimpleQueue.__init__(self, maxsize, items)
        from gevent.event import Event
        self._cond = Event()
        self._cond.set()
        if unfinished_tasks:
            self.unfinished_tasks = unfinished_tasks
        elif items:
            self.unfinished_tasks = len(items)
        else:
            self.unfinished_tasks = 0
        if self.unfinished_tasks:
            self._cond.clear()

    def copy(self):
        return type(self)(self.maxsize, self.queue, self.unfinished_tasks)

    def _format(self):
        result = SimpleQueue._format(self)
        if self.unfinished_tasks:
            result += " tasks=%s _cond=%s" % (self.unfinished_tasks, self._cond)
        return result

    def _put(self, item):
        SimpleQueue._put(self, item)
        self._did_put_task()

    def _did_put_task(self):
        self.unfinished_tasks += 1
        self._cond.clear()

    def task_done(self):
        """Marks one item got from the queue as processed."""
        if self.unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks -= 1
        if self.unfinished_tasks == 0:
            self._cond.set()

    def join(self, timeout=None):
        """Waits until every item put has been processed; False if `timeout` passed."""
        return self._cond.wait(timeout=timeout)

    def shutdown(self, immediate=False):
        """Makes put() and get() raise ShutDown, waking everyone waiting."""
        self.is_shutdown = True
        if immediate:
            while self._qsize():
                self.get()
                self.task_done()
        waiters = []
        for w in self.getters:
            waiters.append(w)
        for w in self.putters:
            waiters.append(w)
        self.getters.clear()
        self.putters.clear()
        for waiter in waiters:
            self.hub.loop.run_callback(waiter.throw, ShutDown)


JoinableQueue = Queue


class UnboundQueue(Queue):
    """A Queue without a size limit: put() never blocks."""

    def __init__(self, maxsize=None, items=()):
        if maxsize is not None:
            raise ValueError("UnboundQueue has no maxsize")
        Queue.__init__(self, maxsize, items)
        self.putters = None

    def put(self, item, block=True, timeout=None):
        self._put(item)
        if self.getters:
            self._schedule_unlock()


class PriorityQueue(Queue):
    """Gets the lowest item first (a heap)."""

    def _create_queue(self, items=()):
        q = list(items)
        _heapify(q)
        return q

    def _put(self, item):
        _heappush(self.queue, item)
        self._did_put_task()

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Gets the most recently put item first."""

    def _create_queue(self, items=()):
        return list(items)

    def _put(self, item):
        self.queue.append(item)
        self._did_put_task()

    def _get(self):
        return self.queue.pop()

    def _peek(self):
        return self.queue[-1]


class Channel:
    """A rendezvous: put() waits until a getter takes the item, get() waits for a putter."""

    def __init__(self, maxsize=1):
        if maxsize != 1:
            raise ValueError("Channels have a maxsize of 1")
        self.getters = collections.deque()
        self.putters = collections.deque()
        self.hub = get_hub()
        self._event_unlock = None

    def __repr__(self):
        return "<%s at %s %s>" % (type(self).__name__, hex(id(self)), self._format())

    def __str__(self):
        return "<%s %s>" % (type(self).__name__, self._format())

    def _format(self):
        result = ""
        if self.getters:
            result += " getters[%s]" % len(self.getters)
        if self.putters:
            result += " putters[%s]" % len(self.putters)
        return result

    @property
    def balance(self):
        """Waiting putters minus waiting getters."""
        return len(self.putters) - len(self.getters)

    def qsize(self):
        return 0

    def empty(self):
        return True

    def full(self):
        return True

    def put(self, item, block=True, timeout=None):
        """Waits until a getter takes `item` (Full if not blocking or on timeout)."""
        if self.hub is getcurrent():
            if self.getters:
                getter = self.getters.popleft()
                getter.switch(item)
                return
            raise Full
        if not block:
            timeout = 0
        waiter = Waiter()
        _wait_in_line(self, self.putters, self.getters, (item, waiter), waiter, timeout, Full, "Channel.put")

    def put_nowait(self, item):
        self.put(item, False)

    def get(self, block=True, timeout=None):
        """Waits for a putter and returns its item (Empty if not blocking or on timeout)."""
        if self.hub is getcurrent():
            if self.putters:
                item, putter = self.putters.popleft()
                self.hub.loop.run_callback(putter.switch, putter)
                return item
        if not block:
            timeout = 0
        waiter = Waiter()
        return _wait_in_line(self, self.getters, self.putters, waiter, waiter, timeout, Empty)

    def get_nowait(self):
        return self.get(False)

    def _unlock(self):
        while self.putters and self.getters:
            getter = self.getters.popleft()
            item, putter = self.putters.popleft()
            getter.switch(item)
            putter.switch(putter)

    def _schedule_unlock(self):
        if not self._event_unlock:
            self._event_unlock = self.hub.loop.run_callback(self._unlock)

    def __iter__(self):
        return self

    def __next__(self):
        result = self.get()
        if result is StopIteration:
            raise result
        return result

    next = __next__
