"""Tools for working with functions and callable objects.

Baozi's implementation of partial, reduce, update_wrapper/wraps,
lru_cache/cache, cmp_to_key, total_ordering, cached_property and
singledispatch/singledispatchmethod, with
CPython 3.11's behaviour and messages.
"""

import sys
from collections import namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'cached_property', 'singledispatch', 'singledispatchmethod']

# A marker for "argument not given", distinct from every user object.
_MISSING = object()


################################################################################
# update_wrapper() and wraps()
################################################################################

# '__annotations__' is part of CPython 3.11's list; objects without it are
# simply skipped, like any other missing attribute.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

       wrapper is the function to be updated
       wrapped is the original function
       assigned is a tuple naming the attributes assigned directly
       from the wrapped function to the wrapper function (defaults to
       functools.WRAPPER_ASSIGNMENTS)
       updated is a tuple naming the attributes of the wrapper that
       are updated with the corresponding attribute from the wrapped
       function (defaults to functools.WRAPPER_UPDATES)
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ above
    # does not hide the function actually being wrapped.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function

       Returns a decorator that invokes update_wrapper() with the decorated
       function as the wrapper argument and the arguments to wraps() as the
       remaining arguments.
    """
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


################################################################################
# total_ordering()
################################################################################

# Each derived comparison uses only the class's own root operation and ==.
# A NotImplemented from the root is passed on unchanged.

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result

_CONVERT = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # The operations the class (or a base other than object) defines.
    roots = set()
    for klass in cls.__mro__:
        if klass is object:
            continue
        for op in _CONVERT:
            if op in klass.__dict__ and klass.__dict__[op] is not None:
                roots.add(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Prefer __lt__ to __le__ to __gt__ to __ge__ (string order does that).
    root = max(roots)
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            # The installed method carries the name of the slot it fills.
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


################################################################################
# cmp_to_key()
################################################################################

class KeyWrapper:
    """The key function made by cmp_to_key(), and the keys it makes.

    Calling a KeyWrapper wraps an object into a new KeyWrapper whose
    comparisons call the cmp function on the wrapped objects.
    """

    def __init__(self, cmp, obj=None):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


################################################################################
# reduce()
################################################################################

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
    ((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
    of the iterable in the calculation, and serves as a default when the
    iterable is empty.
    """
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function = args[0]
    try:
        iterator = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        value = next(iterator, _MISSING)
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in iterator:
        value = function(value, element)
    return value


################################################################################
# partial()
################################################################################

_repr_running = set()


class partial:
    """New function with partial application of the given arguments
    and keywords.
    """

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            # Flatten partial(partial(f, 1), 2) into partial(f, 1, 2).
            args = func._args + args
            merged = dict(func._keywords)
            merged.update(keywords)
            keywords = merged
            func = func._func
        self = object.__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._func

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._args

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._keywords

    def __call__(self, /, *args, **keywords):
        if self._keywords:
            merged = dict(self._keywords)
            merged.update(keywords)
            keywords = merged
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        # CPython's own class shows as functools.partial, a subclass by its name.
        if type(self) is partial:
            name = 'functools.partial'
        else:
            name = type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self._func)]
            for arg in self._args:
                parts.append(repr(arg))
            for key_name, value in self._keywords.items():
                parts.append('%s=%r' % (key_name, value))
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (name, ', '.join(parts))

    # Pickle protocol, which copy.copy() and copy.deepcopy() use as well.

    def __reduce__(self):
        namespace = {}
        for key, value in self.__dict__.items():
            if key not in ('_func', '_args', '_keywords'):
                namespace[key] = value
        return (type(self), (self._func,),
                (self._func, self._args, self._keywords or None, namespace or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError('expected 4 items in state, got %d' % len(state))
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))):
            raise TypeError('invalid partial state')
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        if namespace is not None:
            self.__dict__.update(namespace)
        self._func = func
        self._args = tuple(args)
        self._keywords = kwds

    def __class_getitem__(cls, item):
        return cls

    __class_getitem__ = classmethod(__class_getitem__)


################################################################################
# lru_cache() and cache()
################################################################################

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                        module='functools')

# Separates positional from keyword arguments inside a cache key.
_KWD_MARK = object()


def _make_key(args, kwds, typed):
    """Build the cache key for a call, like CPython's C lru_cache.

    Equal keys share an entry: f(1) and f(1.0) differ (a lone int or str
    argument is its own key, anything else is keyed by a tuple), but
    f((1,)) and f(1.0) do not collide either, since their tuples differ.
    """
    if not typed and not kwds:
        if len(args) == 1:
            first = args[0]
            if type(first) is str or type(first) is int:
                return first
        return args
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


# Indices into a link of the LRU list: [prev, next, key, result].
_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    # hits and misses live in a list so the closures below can update them.
    stats = [0, 0]
    # For the bounded cache: a circular doubly linked list of links, oldest
    # first after the root, so that both "mark as recently used" and
    # "evict the oldest" are O(1).
    root = []
    root[:] = [root, root, None, None]

    if maxsize == 0:
        def wrapper(*args, **kwds):
            # No caching: just count the call.
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            # Unbounded: no ordering to maintain.
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            link = cache.get(key)
            if link is not None:
                # Move the link to the most recently used end.
                link_prev, link_next = link[_PREV], link[_NEXT]
                link_prev[_NEXT] = link_next
                link_next[_PREV] = link_prev
                last = root[_PREV]
                last[_NEXT] = root[_PREV] = link
                link[_PREV] = last
                link[_NEXT] = root
                stats[0] += 1
                return link[_RESULT]
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call already cached this key.
                return result
            if len(cache) < maxsize or root[_NEXT] is root:
                last = root[_PREV]
                link = [last, root, key, result]
                last[_NEXT] = root[_PREV] = link
                cache[key] = link
                return result
            # Full: reuse the oldest link for the new entry.
            oldest = root[_NEXT]
            root[_NEXT] = oldest[_NEXT]
            oldest[_NEXT][_PREV] = root
            del cache[oldest[_KEY]]
            oldest[_KEY] = key
            oldest[_RESULT] = result
            last = root[_PREV]
            last[_NEXT] = root[_PREV] = oldest
            oldest[_PREV] = last
            oldest[_NEXT] = root
            cache[key] = oldest
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        root[:] = [root, root, None, None]
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.
    """
    if isinstance(maxsize, int):
        # Negative maxsize is treated as 0.
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without parentheses.
        user_function = maxsize
        return _decorate(user_function, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)

    return decorating_function


def _decorate(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


################################################################################
# cached_property()
################################################################################

class cached_property:
    """A property computed once per instance and then stored in the
    instance's __dict__ under the same name."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different '
                            'names (%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            cache[self.attrname] = value
        return value


################################################################################
# singledispatch() and singledispatchmethod()
################################################################################

def _find_impl(cls, registry):
    """The implementation registered for cls: the first class of its MRO that has one, else
    the most specific registered class cls is a virtual subclass of (an ABC)."""
    mro = getattr(cls, '__mro__', (cls, object))
    for base in mro:
        if base in registry and base is not object:
            return registry[base]
    candidates = []
    for registered in registry:
        if registered is object or registered in mro:
            continue
        try:
            if issubclass(cls, registered):
                candidates.append(registered)
        except TypeError:
            pass
    best = None
    for candidate in candidates:
        if best is None or issubclass(candidate, best):
            best = candidate
        elif not issubclass(best, candidate):
            raise RuntimeError("Ambiguous dispatch: {} or {}".format(best, candidate))
    if best is not None:
        return registry[best]
    return registry.get(object)


def _is_union_type(cls):
    typing = sys.modules.get('typing')
    return typing is not None and typing.get_origin(cls) is typing.Union


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation called is chosen by
    the type of the first argument, among those added with .register()."""
    import types
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """The implementation for cls, cached until the next register()."""
        try:
            return dispatch_cache[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
            return impl

    def register(cls, func=None):
        """Registers func as the implementation for cls (also as @register(cls) or with an
        annotated first parameter as plain @register)."""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.")
                else:
                    raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the first argument after
    self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Registers method as the implementation for cls."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            if isinstance(method, (classmethod, staticmethod)):
                return method.__get__(obj, cls)(*args, **kwargs)
            if obj is None:
                return method(*args, **kwargs)
            return method(obj, *args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
