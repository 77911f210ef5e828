"""select: wait until file descriptors are ready (select.select over poll(2))."""

import _socket

error = OSError

POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
POLLNVAL = 32

__all__ = ["select", "error"]


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            fd = obj.fileno()
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _check_timeout(timeout):
    if timeout is None:
        return None
    if not isinstance(timeout, (int, float)):
        raise TypeError("timeout must be a float or None")
    if timeout < 0:
        raise ValueError("timeout must be non-negative")
    return timeout


def _requests(rlist, wlist, xlist):
    """[(fd, events)] for poll and a map back from fds to the objects given."""
    wanted = {}
    objects = {}
    for events, objs in ((1, rlist), (2, wlist)):
        for obj in objs:
            fd = _fileno(obj)
            wanted[fd] = wanted.get(fd, 0) | events
            objects.setdefault((fd, events), []).append(obj)
    for obj in xlist:
        _fileno(obj)
    return list(wanted.items()), objects


def _results(ready, rlist, wlist, objects):
    readable = set()
    writable = set()
    for fd, events in ready:
        if events & 1:
            readable.add(fd)
        if events & 2:
            writable.add(fd)
    return ([o for o in rlist if _fileno(o) in readable],
            [o for o in wlist if _fileno(o) in writable],
            [])


def select(rlist, wlist, xlist, timeout=None):
    """Waits until some of the objects (ints or objects with fileno()) are ready to read or
    write, or `timeout` seconds pass; returns the three lists of ready ones."""
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    timeout = _check_timeout(timeout)
    requests, objects = _requests(rlist, wlist, xlist)
    if not requests:
        if timeout is None:
            raise ValueError("select() with no file descriptors would wait forever")
        import time
        time.sleep(timeout)
        return [], [], []
    ready = _socket.poll(requests, timeout)
    return _results(ready, rlist, wlist, objects)
