"""gevent.local: objects whose attributes each greenlet sees its own copy of.

Every greenlet that touches a `local` gets a fresh attribute dict; a subclass's __init__ runs
again (with the arguments the object was made with) in each greenlet on its first use. The
object's own instance dict holds only the bookkeeping (`_local__impl`); methods and
properties come from the class as usual.
"""

from greenlet import getcurrent

__all__ = ["local"]


class _LocalImpl:
    """The per-greenlet dicts of one local object, and its constructor arguments."""

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}


def _forget(impl, glet):
    impl.dicts.pop(glet, None)


def _local_dict(self):
    impl = object.__getattribute__(self, "_local__impl")
    glet = getcurrent()
    d = impl.dicts.get(glet)
    if d is None:
        d = impl.dicts[glet] = {}
        # A finished gevent Greenlet's attributes are dropped with it.
        rawlink = getattr(glet, "rawlink", None)
        if rawlink is not None:
            rawlink(lambda g, impl=impl: _forget(impl, g))
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *impl.args, **impl.kwargs)
    return d


def _is_data_descriptor(cls, name):
    return isinstance(getattr(cls, name, None), property)


class local:
    """Attributes set on it are seen only by the greenlet that set them."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported", args, kwargs)
        self = object.__new__(cls)
        impl = _LocalImpl(args, kwargs)
        object.__setattr__(self, "_local__impl", impl)
        # The greenlet that makes it runs __init__ through the normal call; its dict exists.
        impl.dicts[getcurrent()] = {}
        return self

    def __getattribute__(self, name):
        if name == "_local__impl":
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == "__dict__":
            return d
        if name in d and not _is_data_descriptor(type(self), name):
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name in ("__dict__", "_local__impl"):
            raise AttributeError("%r object attribute %r is read-only" % (type(self).__name__, name))
        if _is_data_descriptor(type(self), name):
            object.__setattr__(self, name, value)
            return
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name in ("__dict__", "_local__impl"):
            raise AttributeError("%r object attribute %r is read-only" % (type(self).__name__, name))
        if _is_data_descriptor(type(self), name):
            object.__delattr__(self, name)
            return
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]
