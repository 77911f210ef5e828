"""gevent.monkey: makes blocking standard functions cooperate with the hub.

After patch_all(), time.sleep is gevent.sleep: it suspends only the calling greenlet.
"""

import time as _time

_saved = {}


def _patch(module, name, replacement):
    if (module.__name__, name) not in _saved:
        _saved[(module.__name__, name)] = getattr(module, name)
    setattr(module, name, replacement)


def patch_time():
    from gevent.hub import sleep
    _patch(_time, "sleep", sleep)


def patch_sys(stdin=True, stdout=True, stderr=True):
    """Does nothing, as in gevent on Python 3 (the standard streams stay as they are)."""
    return


def is_module_patched(name):
    return any(mod == name for (mod, _) in _saved)


def is_object_patched(module_name, name):
    return (module_name, name) in _saved


def get_original(module_name, item):
    if isinstance(item, str):
        key = (module_name, item)
        if key in _saved:
            return _saved[key]
        return getattr(__import__(module_name), item)
    return [get_original(module_name, i) for i in item]


def patch_all(socket=True, dns=True, time=True, select=True, thread=True, os=True, ssl=True,
              subprocess=True, sys=False, aggressive=True, Event=True, builtins=True,
              signal=True, queue=True, contextvars=True, **kwargs):
    if time:
        patch_time()
    return True
