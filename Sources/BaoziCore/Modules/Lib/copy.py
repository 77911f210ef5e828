"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.deepcopy(y, memo)      # same, sharing a memo dict

For module specific errors, copy.Error is raised.

Classes can control copying with __copy__(self) and __deepcopy__(self,
memo), or through the pickle protocol (__reduce_ex__ / __reduce__,
__getnewargs__, __getstate__ / __setstate__).

Baozi's implementation.  Without a pickle machinery underneath, the default
way of copying an instance is spelled out here: create it with
cls.__new__(cls, *__getnewargs__()), then carry over its state (its
__dict__, or what __getstate__ returns, given to __setstate__ when the
class has one), and for list and dict subclasses their items.  That is what
CPython's object.__reduce_ex__(4) leads to.
"""

import sys

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward compatibility


class _Probe:
    def method(self):
        pass


_FunctionType = type(_Probe.method)
_BuiltinFunctionType = type(len)
_MethodType = type(_Probe().method)
_ModuleType = type(sys)


def _generator():
    yield


# Built-in classes that cannot be instantiated from outside: copying one of
# their objects fails as pickling it does.
_UNPICKLABLE = {type(_generator())}

# Objects of these types are their own copies (shallow and deep).
_ATOMIC = {type(None), int, float, bool, complex, str, bytes, type, range,
           slice, type(Ellipsis), type(NotImplemented), property,
           _FunctionType, _BuiltinFunctionType}

# Classes whose pickling support is built in; a __reduce__ or __getstate__
# found on them does not count as the user's customisation.
_BUILTIN_CLASSES = {object, list, dict, set, frozenset, tuple, int, float,
                    complex, str, bytes, bytearray, BaseException}


def _user_defined(cls, names):
    """The first of `names` defined by a class (other than a built-in one)
    in cls's MRO, or None."""
    for klass in cls.__mro__:
        if klass in _BUILTIN_CLASSES:
            continue
        namespace = klass.__dict__
        for name in names:
            if name in namespace:
                return name
    return None


################################################################################
# Shallow copy
################################################################################

def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or cls is _MethodType:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    if issubclass(cls, type):
        # Classes are not copied.
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reduced = _reduce(x)
    if isinstance(reduced, str):
        return x
    return _reconstruct(x, None, *reduced)


################################################################################
# Deep copy
################################################################################

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is set or cls is frozenset:
        # Set items are hashable, so they can't lead back to the set:
        # build the copy first, then record it.
        y = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reduced = _reduce(x)
            if isinstance(reduced, str):
                y = x
            else:
                y = _reconstruct(x, memo, *reduced)

    # If x is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    # Recorded before the items are copied, so that a list containing
    # itself copies into a list containing its copy.
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A tuple is not recorded before its items are copied, but copying an
    # item may have copied the tuple itself (through a mutable container).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for i in range(len(x)):
        if x[i] is not y[i]:
            return tuple(y)
    # No item changed: the tuple can be shared.
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    The memo is keyed by id(): the originals must stay alive while it is in
    use, or a new object could reuse the id of a dead one.  They are kept in
    a list stored under the memo's own id.
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


################################################################################
# Copying through the pickle protocol
################################################################################

def _reduce(x):
    """What x.__reduce_ex__(4) would return, padded to 5 items:
    (callable, args, state, listitems, dictitems), or a string when the
    object stands for itself."""
    cls = type(x)
    custom = _user_defined(cls, ('__reduce_ex__', '__reduce__'))
    if custom == '__reduce_ex__':
        result = x.__reduce_ex__(4)
    elif custom == '__reduce__':
        result = x.__reduce__()
    else:
        return _default_reduce(x)
    if isinstance(result, str):
        return result
    result = tuple(result)
    return result + (None,) * (5 - len(result))


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _state(x):
    # The object's state: what a custom __getstate__ returns, otherwise its
    # __dict__ (None when empty).
    if _user_defined(type(x), ('__getstate__',)) is not None:
        return x.__getstate__()
    return getattr(x, '__dict__', None) or None


def _newargs(x):
    # Arguments for cls.__new__: __getnewargs__() if the class has it;
    # subclasses of immutable built-ins need their value.
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        return tuple(getnewargs())
    for base in (tuple, int, float, complex, str, bytes):
        if isinstance(x, base):
            return (base(x),)
    return ()


def _default_reduce(x):
    cls = type(x)
    if cls is _ModuleType:
        raise TypeError("cannot pickle 'module' object")
    if cls in _UNPICKLABLE:
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if isinstance(x, BaseException):
        return (cls, x.args, getattr(x, '__dict__', None) or None, None, None)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), _state(x), None, None)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + _newargs(x), _state(x), listitems, dictitems)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *ignored):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
