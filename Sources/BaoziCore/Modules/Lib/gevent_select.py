"""gevent.select: select() that waits on the hub (other greenlets run meanwhile)."""

import _socket
import select as __select__
from select import error, _check_timeout, _requests, _results

__implements__ = ["select"]
__all__ = ["select", "error"]


def select(rlist, wlist, xlist, timeout=None):
    """select.select, cooperative: the calling greenlet waits, the hub runs the others."""
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    timeout = _check_timeout(timeout)
    requests, objects = _requests(rlist, wlist, xlist)
    if not requests:
        from gevent.hub import sleep
        if timeout is None:
            from gevent.event import Event
            Event().wait()
        sleep(timeout)
        return [], [], []
    # Already ready: no trip through the hub.
    ready = _socket.poll(requests, 0)
    if not ready and timeout != 0:
        if _socket.wait(requests, timeout):
            ready = _socket.poll(requests, 0)
    return _results(ready, rlist, wlist, objects)
