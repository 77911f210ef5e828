"""Threads as gevent's monkey-patched threading has them: every Thread is a greenlet on the
gevent hub, and locks, events, conditions and semaphores wait cooperatively (a blocking wait
lets the other threads run). Nothing runs in parallel, as under CPython's GIL with gevent."""

import sys
from greenlet import getcurrent as _getcurrent
import gevent as _gevent
from gevent.lock import Semaphore as _GSemaphore, RLock as _GRLock
from gevent.event import Event as _GEvent
from gevent.timeout import Timeout as _Timeout

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id', 'getprofile',
           'gettrace']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_counter = [0]


def _newname(name_template="Thread-%d"):
    _counter[0] += 1
    return name_template % _counter[0]


def get_ident():
    return id(_getcurrent())


get_native_id = get_ident


def settrace(func):
    pass


def setprofile(func):
    pass


def gettrace():
    return None


def getprofile():
    return None


def stack_size(size=0):
    return 0


# MARK: - Locks

class Lock:
    """A lock that a greenlet waits on cooperatively; any thread may release it."""

    def __init__(self):
        self._semaphore = _GSemaphore(1)

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout is not None and timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not blocking:
            return self._semaphore.acquire(blocking=False)
        return self._semaphore.acquire(timeout=None if timeout == -1 else timeout)

    def release(self):
        if self._semaphore.counter >= 1:
            raise RuntimeError("release unlocked lock")
        self._semaphore.release()

    def locked(self):
        return self._semaphore.counter < 1

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        return '<%s %s object at 0x%x>' % (state, '_thread.lock', id(self))


allocate_lock = Lock


class RLock:
    """A re-entrant lock: the owning thread may acquire it again."""

    def __init__(self):
        self._owner = None
        self._count = 0
        self._lock = Lock()

    def acquire(self, blocking=True, timeout=-1):
        me = _getcurrent()
        if self._owner is me:
            self._count += 1
            return True
        if not self._lock.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner is not _getcurrent():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._lock.release()

    def _is_owned(self):
        return self._owner is _getcurrent()

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()


class Condition:
    """Waiting for a state change announced by notify()/notify_all(), under a lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        if isinstance(self._lock, RLock):
            count = self._lock._count
            self._lock._count = 1
            self._lock.release()
            return count
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        self._lock.acquire()
        if state is not None:
            self._lock._count = state

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _GSemaphore(0)
        self._waiters.append(waiter)
        saved = self._release_save()
        gotit = False
        try:
            gotit = waiter.acquire(timeout=timeout)
            return gotit
        finally:
            self._acquire_restore(saved)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            if not self.wait(timeout):
                return predicate()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters[:n]
        for waiter in waiters:
            waiter.release()
            try:
                self._waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._semaphore = _GSemaphore(value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if not blocking:
            return self._semaphore.acquire(blocking=False)
        return self._semaphore.acquire(timeout=timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        for _ in range(n):
            self._semaphore.release()

    def __exit__(self, t, v, tb):
        self.release()

    @property
    def _value(self):
        return self._semaphore.counter


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._semaphore.counter + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        Semaphore.release(self, n)


class Event:
    """A flag that threads wait for until another sets it."""

    def __init__(self):
        self._event = _GEvent()

    def is_set(self):
        return self._event.is_set()

    isSet = is_set

    def set(self):
        self._event.set()

    def clear(self):
        self._event.clear()

    def wait(self, timeout=None):
        return bool(self._event.wait(timeout))


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait until all of them have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken = False
        self._cond = Condition(Lock())

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            generation = self._generation
            if self._count == self._parties:
                if self._action:
                    self._action()
                self._count = 0
                self._generation += 1
                self._cond.notify_all()
            else:
                if not self._cond.wait_for(lambda: self._generation != generation or self._broken,
                                           timeout):
                    self._broken = True
                    self._cond.notify_all()
                    raise BrokenBarrierError
                if self._broken:
                    raise BrokenBarrierError
            return index

    def reset(self):
        with self._cond:
            self._count = 0
            self._broken = False
            self._generation += 1
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._broken = True
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


# MARK: - Threads

_active = {}


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    """Prints an exception that ended a thread's run(), as CPython does."""
    if args.exc_type == SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    import traceback
    sys.stderr.write("Exception in thread %s:\n" % name)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=sys.stderr)
    sys.stderr.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control: run() (target(*args, **kwargs) by default) in its own greenlet."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._started = _GEvent()
        self._is_stopped = False
        self._initialized = True
        self._greenlet = None

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not getattr(self, '_initialized', False):
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set() or self._greenlet is not None:
            raise RuntimeError("threads can only be started once")
        self._greenlet = _gevent.spawn(self._bootstrap)
        self._started.set()

    def _bootstrap(self):
        me = _getcurrent()
        self._ident = id(me)
        _active[me] = self
        try:
            self.run()
        except BaseException:
            exc_type, exc_value, exc_tb = sys.exc_info()
            excepthook(ExceptHookArgs(exc_type, exc_value, exc_tb, self))
        finally:
            self._is_stopped = True
            _active.pop(me, None)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not getattr(self, '_initialized', False):
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self._greenlet is _getcurrent() or (self._greenlet is None and self is current_thread()):
            raise RuntimeError("cannot join current thread")
        if self._greenlet is not None:
            self._greenlet.join(timeout)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    def is_alive(self):
        if self._is_stopped or not self._started.is_set():
            return False
        return self._greenlet is None or not self._greenlet.dead

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._args = ()
        self._kwargs = {}
        self._daemonic = False
        self._started = _GEvent()
        self._started.set()
        self._is_stopped = False
        self._initialized = True
        self._greenlet = None
        self._ident = get_ident()

    def is_alive(self):
        return True


class _DummyThread(Thread):
    """Stands for a greenlet that was not started as a Thread."""

    def __init__(self, glet):
        self._target = None
        self._name = _newname("Dummy-%d")
        self._args = ()
        self._kwargs = {}
        self._daemonic = True
        self._started = _GEvent()
        self._started.set()
        self._is_stopped = False
        self._initialized = True
        self._greenlet = glet
        self._ident = id(glet)

    def is_alive(self):
        return not self._greenlet.dead

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


_main_greenlet = _getcurrent()
_main_thread = _MainThread()
_active[_main_greenlet] = _main_thread


def current_thread():
    me = _getcurrent()
    thread = _active.get(me)
    if thread is None:
        thread = _DummyThread(me)
        _active[me] = thread
    return thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len([t for t in _active.values() if t.is_alive()])


activeCount = active_count


def enumerate():
    return [t for t in _active.values() if t.is_alive()]


class Timer(Thread):
    """Calls a function after a number of seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    """Attributes that each thread (greenlet) sees its own value of."""

    def __init__(self, *args, **kwargs):
        if (args or kwargs) and type(self).__init__ is local.__init__:
            raise TypeError("Initialization arguments are not supported")
        object.__setattr__(self, '_local__dicts', {})
        object.__setattr__(self, '_local__args', (args, kwargs))

    def _local__dict(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        me = _getcurrent()
        d = dicts.get(me)
        if d is None:
            d = dicts[me] = {}
            args, kwargs = object.__getattribute__(self, '_local__args')
            init = type(self).__init__
            if init is not local.__init__ and dicts.get('_initializing') is not me:
                dicts['_initializing'] = me
                try:
                    init(self, *args, **kwargs)
                finally:
                    dicts.pop('_initializing', None)
        return d

    def __getattribute__(self, name):
        if name.startswith('_local__') or name in ('__class__', '__dict__'):
            if name == '__dict__':
                return object.__getattribute__(self, '_local__dict')()
            return object.__getattribute__(self, name)
        d = object.__getattribute__(self, '_local__dict')()
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        object.__getattribute__(self, '_local__dict')()[name] = value

    def __delattr__(self, name):
        d = object.__getattribute__(self, '_local__dict')()
        if name not in d:
            raise AttributeError(name)
        del d[name]
