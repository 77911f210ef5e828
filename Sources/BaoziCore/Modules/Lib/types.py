"""Names for the interpreter's built-in types, and helpers to make classes dynamically.

Baozi's version of CPython 3.11's module. Types Baozi has no separate class for (async
coroutines, the various C-level descriptor kinds) are left out.
"""

import sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
           "CellType", "GeneratorType", "MethodType", "BuiltinFunctionType",
           "BuiltinMethodType", "ModuleType", "TracebackType", "FrameType", "GenericAlias",
           "NoneType", "EllipsisType", "NotImplementedType", "UnionType", "new_class", "resolve_bases",
           "prepare_class", "DynamicClassAttribute", "coroutine"]


def _f():
    pass


def _g():
    yield 1


def _cell_of(x):
    def inner():
        return x
    return inner.__closure__[0] if inner.__closure__ else None


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
try:
    _cell = _cell_of(1)
    if _cell is not None:
        CellType = type(_cell)
except AttributeError:
    pass
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    if hasattr(_e.__traceback__, "tb_frame"):
        FrameType = type(_e.__traceback__.tb_frame)
    _e = None
del _f, _g, _C, _cell_of


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if _repr_running(self):
            return name + "(...)"
        _REPR_RUNNING.append(self)
        try:
            items = ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items())
        finally:
            _REPR_RUNNING.pop()
        return "%s(%s)" % (name, items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), self.__dict__)


# The namespaces whose repr is being built, so a namespace that contains itself prints `...`.
_REPR_RUNNING = []


def _repr_running(obj):
    for running in _REPR_RUNNING:
        if running is obj:
            return True
    return False


class mappingproxy:
    """A read-only view of a mapping."""

    __slots__ = ("_mapping",)

    def __new__(cls, mapping):
        if not hasattr(mapping, "__getitem__") or not hasattr(mapping, "keys") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, "_mapping", mapping)
        return self

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    __hash__ = None


MappingProxyType = mappingproxy


class GenericAlias:
    """A parameterized generic such as list[int]: its origin and arguments."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        args = ", ".join(_type_repr(a) for a in self.__args__) if self.__args__ else "()"
        return "%s[%s]" % (_type_repr(self.__origin__), args)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __or__(self, other):
        return _union_from_operator(self, other)

    def __ror__(self, other):
        return _union_from_operator(other, self)


class UnionType:
    """The type of `int | str` (PEP 604): isinstance/issubclass accept it."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return " | ".join("None" if a is NoneType else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_from_operator(self, other)

    def __ror__(self, other):
        return _union_from_operator(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


def _union_from_operator(left, right):
    """`left | right` for classes, None and unions (what type.__or__ does)."""
    args = []
    for operand in (left, right):
        if operand is None:
            operand = NoneType
        if isinstance(operand, UnionType):
            candidates = operand.__args__
        elif isinstance(operand, (type, GenericAlias)):
            candidates = (operand,)
        else:
            typing = sys.modules.get("typing")
            if typing is not None and isinstance(operand, (typing._GenericAliasBase, typing._SpecialForm, typing.TypeVar)):
                return typing.Union[left, right]
            return NotImplemented
        for candidate in candidates:
            if candidate not in args:
                args.append(candidate)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


def resolve_bases(bases):
    """The bases with every non-class that has __mro_entries__ replaced by its entries."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            resolved.append(base)
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
    return tuple(resolved) if changed else bases


def _calculate_meta(meta, bases):
    """The most derived metaclass among meta and the bases' metaclasses."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, namespace and remaining keywords for a class statement's header."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would, exec_body filling its namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute(property):
    """A property on instances; looked up on the class it raises AttributeError, so the
    metaclass's __getattr__ answers instead (what enum uses for `name` and `value`)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, "__isabstractmethod__", False):
                return self
            raise AttributeError()
        return property.__get__(self, instance, ownerclass)


def coroutine(func):
    """Marks a generator function as a coroutine; Baozi has no async coroutines to convert to."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func
