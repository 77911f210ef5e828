"""Dict and set operations on keys whose __hash__ or __eq__ is script code.

They run here, in Baozi, when the interpreter's loop asked for them (`d[k]`, `k in s`,
`d.get(k)`, `{k: v}`, ...): hash() and the comparisons with the stored keys are then frames
like any other code, so a greenlet switch inside them (a gevent wait) suspends the operation
and resumes it later. The table is read and changed by natives the interpreter adds on first
use (ScriptHashing.swift), which run no script code:

    _holds(c, k, h)          whether the key k itself is still stored with hash h
    _dict_keys(d, h)         the keys stored with hash h, in the order a lookup compares them
    _set_keys(s, h)
    _dict_value(d, k, h)     the entry whose key is k itself: its value, a new value,
    _dict_store(d, k, h, v)  its removal (returning the value)
    _dict_delete(d, k, h)
    _set_delete(s, k, h)
    _dict_insert(d, key, h, v), _set_insert(s, key, h): a key found absent
"""

_ABSENT = object()


def _find(table, stored_keys, key, h):
    """The stored key equal to `key`, or _ABSENT. As CPython, the stored key is compared on
    the left after an identity test; a comparison that takes the stored key out of the table
    makes the lookup start again."""
    while True:
        for stored in stored_keys(table, h):
            if stored is key:
                return stored
            if stored == key:
                if _holds(table, stored, h):
                    return stored
                break
            if not _holds(table, stored, h):
                break
        else:
            return _ABSENT


# dict

def dict_getitem(d, key):
    h = hash(key)
    stored = _find(d, _dict_keys, key, h)
    if stored is not _ABSENT:
        return _dict_value(d, stored, h)
    if type(d) is not dict:
        missing = getattr(type(d), "__missing__", None)
        if missing is not None:
            return missing(d, key)
    raise KeyError(key)


def dict_setitem(d, key, value):
    h = hash(key)
    stored = _find(d, _dict_keys, key, h)
    if stored is _ABSENT:
        _dict_insert(d, key, h, value)
    else:
        _dict_store(d, stored, h, value)


def dict_delitem(d, key):
    h = hash(key)
    stored = _find(d, _dict_keys, key, h)
    if stored is _ABSENT:
        raise KeyError(key)
    _dict_delete(d, stored, h)


def dict_contains(d, key):
    return _find(d, _dict_keys, key, hash(key)) is not _ABSENT


def dict_get(d, key, default):
    h = hash(key)
    stored = _find(d, _dict_keys, key, h)
    if stored is _ABSENT:
        return default
    return _dict_value(d, stored, h)


def dict_pop(d, key, default=_ABSENT):
    h = hash(key)
    stored = _find(d, _dict_keys, key, h)
    if stored is not _ABSENT:
        return _dict_delete(d, stored, h)
    if default is _ABSENT:
        raise KeyError(key)
    return default


def dict_setdefault(d, key, default):
    h = hash(key)
    stored = _find(d, _dict_keys, key, h)
    if stored is _ABSENT:
        _dict_insert(d, key, h, default)
        return default
    return _dict_value(d, stored, h)


def dict_display(items):
    """{k0: v0, k1: v1, ...} of the list [k0, v0, k1, v1, ...]."""
    d = {}
    i = 0
    while i < len(items):
        dict_setitem(d, items[i], items[i + 1])
        i += 2
    return d


def dict_fill(d, pairs):
    """dict(pairs) of a list or tuple of 2-item tuples and lists."""
    for key, value in pairs:
        dict_setitem(d, key, value)
    return d


def dict_update(d, pairs):
    """d.update(pairs) of a list or tuple of 2-item tuples and lists."""
    dict_fill(d, pairs)


# set and frozenset

def set_add(s, key):
    h = hash(key)
    if _find(s, _set_keys, key, h) is _ABSENT:
        _set_insert(s, key, h)


def set_remove(s, key):
    h = hash(key)
    stored = _find(s, _set_keys, key, h)
    if stored is _ABSENT:
        raise KeyError(key)
    _set_delete(s, stored, h)


def set_discard(s, key):
    h = hash(key)
    stored = _find(s, _set_keys, key, h)
    if stored is not _ABSENT:
        _set_delete(s, stored, h)


def set_contains(s, key):
    return _find(s, _set_keys, key, hash(key)) is not _ABSENT


def set_display(items):
    s = set()
    for key in items:
        set_add(s, key)
    return s


def set_fill(s, items):
    """set(items) or frozenset(items) of a list or tuple, into the new empty `s`."""
    for key in items:
        set_add(s, key)
    return s


def set_update(s, items):
    """s.update(items) of a list or tuple."""
    set_fill(s, items)
