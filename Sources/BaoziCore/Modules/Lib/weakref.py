"""Weak references, as CPython 3.11's weakref module, on Baozi's mark-sweep collector.

A weak reference does not keep its object alive. Baozi frees garbage when the collector
runs (automatically, or with gc.collect()), not the moment the last reference goes as
CPython's reference counting does: a dead object's weak references are cleared, and their
callbacks run, at that collection.
"""

import sys
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
from collections.abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


# MARK: - Proxies

def _live(proxy):
    target = object.__getattribute__(proxy, "_ref")()
    if target is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return target


def _forward(name):
    def method(self, *args):
        return getattr(_live(self), name)(*args)
    method.__name__ = name
    return method


def _forward_reflected(name, operator):
    def method(self, other):
        return operator(other, _live(self))
    method.__name__ = name
    return method


class ProxyType:
    """A proxy for an object held weakly: it acts as the object while it lives."""

    __slots__ = ("_ref", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is None:
            object.__setattr__(self, "_ref", ref(obj))
        else:
            object.__setattr__(self, "_ref", ref(obj, lambda r: callback(self)))

    def __getattribute__(self, name):
        return getattr(_live(self), name)

    def __setattr__(self, name, value):
        setattr(_live(self), name, value)

    def __delattr__(self, name):
        delattr(_live(self), name)

    def __repr__(self):
        target = object.__getattribute__(self, "_ref")()
        address = "0x%x" % id(self)
        if target is None:
            return "<weakproxy at %s; dead>" % address
        return "<weakproxy at %s; to '%s' at 0x%x>" % (address, type(target).__name__, id(target))

    def __str__(self):
        return str(_live(self))

    def __bool__(self):
        return bool(_live(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __eq__(self, other):
        return _live(self) == other

    def __ne__(self, other):
        return _live(self) != other

    def __lt__(self, other):
        return _live(self) < other

    def __le__(self, other):
        return _live(self) <= other

    def __gt__(self, other):
        return _live(self) > other

    def __ge__(self, other):
        return _live(self) >= other

    def __len__(self):
        return len(_live(self))

    def __iter__(self):
        return iter(_live(self))

    def __contains__(self, item):
        return item in _live(self)

    def __getitem__(self, key):
        return _live(self)[key]

    def __setitem__(self, key, value):
        _live(self)[key] = value

    def __delitem__(self, key):
        del _live(self)[key]

    def __index__(self):
        return _live(self).__index__()

    def __int__(self):
        return int(_live(self))

    def __float__(self):
        return float(_live(self))

    def __neg__(self):
        return -_live(self)

    def __pos__(self):
        return +_live(self)

    def __abs__(self):
        return abs(_live(self))

    def __invert__(self):
        return ~_live(self)

    __add__ = _forward("__add__")
    __sub__ = _forward("__sub__")
    __mul__ = _forward("__mul__")
    __truediv__ = _forward("__truediv__")
    __floordiv__ = _forward("__floordiv__")
    __mod__ = _forward("__mod__")
    __pow__ = _forward("__pow__")
    __and__ = _forward("__and__")
    __or__ = _forward("__or__")
    __xor__ = _forward("__xor__")
    __lshift__ = _forward("__lshift__")
    __rshift__ = _forward("__rshift__")
    __radd__ = _forward_reflected("__radd__", lambda a, b: a + b)
    __rsub__ = _forward_reflected("__rsub__", lambda a, b: a - b)
    __rmul__ = _forward_reflected("__rmul__", lambda a, b: a * b)
    __rtruediv__ = _forward_reflected("__rtruediv__", lambda a, b: a / b)


class CallableProxyType(ProxyType):
    """A proxy for a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _live(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to obj that uses a weak reference; callback(proxy) runs when obj is collected."""
    ref(obj)
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


# MARK: - WeakMethod

class WeakMethod(ref):
    """A weak reference to a bound method: it lives while both the object and the function do."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


# MARK: - Weak dictionaries

class KeyedRef(ref):
    """A weak reference that remembers the dictionary key it is stored under."""

    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value is collected."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                current = self.data.get(wr.key)
                if current is wr:
                    del self.data[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in self.data.items():
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def __or__(self, other):
        if isinstance(other, MutableMapping) or isinstance(other, dict):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key is collected."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.data.items():
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)


# MARK: - WeakSet

class WeakSet(MutableSet):
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, list(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


# MARK: - finalize

class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj is
    collected or when the finalizer is called, whichever comes first.

    Baozi runs no finalizers with atexit=True at interpreter exit (there is no atexit hook).
    """

    __slots__ = ()
    _registry = {}
    _index_iter = [0]

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index_iter[0] += 1
        info.index = finalize._index_iter[0]
        self._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise return None."""
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))
