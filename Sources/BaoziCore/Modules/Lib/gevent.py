"""gevent: cooperative green threads on a libuv hub.

spawn() starts a function in a Greenlet; greenlets run one at a time and switch whenever one
waits (sleep, join, a queue, a lock, I/O). The hub greenlet runs the event loop and switches
back to each waiter when what it waits for has happened.
"""

from greenlet import getcurrent, GreenletExit
from gevent.hub import get_hub, sleep, idle, kill, spawn_raw, reinit, signal, Waiter
from gevent.greenlet import Greenlet, joinall, killall, iwait, wait, spawn
from gevent.timeout import Timeout, with_timeout
from gevent.exceptions import LoopExit
import gevent.exceptions as exceptions
# As in gevent, `import gevent` makes gevent.event available; queue, pool and lock are
# imported on demand (`from gevent.queue import Queue`).
import gevent.event as event

__version__ = "26.9.0"
version_info = (26, 9, 0)

__all__ = ["Greenlet", "GreenletExit", "Timeout", "getcurrent", "get_hub", "idle", "iwait",
           "joinall", "kill", "killall", "reinit", "signal", "sleep", "spawn", "spawn_later",
           "spawn_raw", "wait", "with_timeout"]

spawn_later = Greenlet.spawn_later


def signal_handler(*args, **kwargs):
    raise NotImplementedError("gevent.signal_handler is not supported by Baozi")
