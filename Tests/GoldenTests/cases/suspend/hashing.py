# Dict and set operations whose key has a __hash__ or __eq__ that switches greenlets:
# d[k], d[k] = v, del d[k], k in d, get/pop/setdefault, {k: v} and {k} displays, dict() and
# set() of such keys, set.add/remove/discard, under greenlet and gevent; errors as CPython's.
from mod_suspend import both, pause


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        pause("hash%d" % self.n)
        return self.n % 3

    def __eq__(self, other):
        pause("eq%d" % self.n)
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return "Key(%d)" % self.n


class OnlyHash:
    """Equal by identity; only its hash is script code."""
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        pause("hash")
        return self.n


class BadHash:
    def __hash__(self):
        pause("bad")
        raise ValueError("no hash today")


class NotHashable:
    def __eq__(self, other):
        return True


class BigHash:
    def __hash__(self):
        pause("big")
        return 2 ** 70


def show(d):
    return sorted((k.n if isinstance(k, Key) else k, v) for k, v in d.items())


def dict_items():
    d = {}
    d[Key(1)] = "a"
    d[Key(4)] = "b"           # same hash as Key(1): compared with it
    d[Key(1)] = "c"           # replaces the value, keeps the first key
    d["plain"] = 1
    return show(d), d[Key(4)], d["plain"], len(d)


def dict_missing():
    d = {Key(1): 1}
    try:
        d[Key(2)]
    except KeyError as e:
        return "KeyError", e.args


def dict_delete():
    d = {Key(1): 1, Key(4): 4, Key(2): 2}
    del d[Key(4)]
    try:
        del d[Key(7)]
    except KeyError as e:
        return show(d), "KeyError", e.args


def dict_contains():
    d = {Key(1): 1}
    return Key(1) in d, Key(4) in d, Key(2) not in d


def dict_methods():
    d = {Key(1): 1}
    got = d.get(Key(1)), d.get(Key(4)), d.get(Key(4), "none")
    first = d.setdefault(Key(2), "new")
    again = d.setdefault(Key(2), "other")
    popped = d.pop(Key(1)), d.pop(Key(5), "default")
    try:
        d.pop(Key(8))
    except KeyError as e:
        error = e.args
    return got, first, again, popped, error, show(d)


def dict_display():
    d = {Key(1): "x", Key(4): "y", Key(1): "z"}
    return show(d)


def dict_constructor():
    d = dict([(Key(1), "x"), [Key(4), "y"], (Key(1), "z")])
    return show(d)


class Missing(dict):
    def __missing__(self, key):
        pause("missing")
        return "missing %r" % (key,)


def dict_subclass():
    d = Missing()
    d[Key(1)] = 1
    return d[Key(1)], d[Key(2)]


def set_operations():
    s = {Key(1), Key(4), Key(1)}
    s.add(Key(2))
    s.add(Key(4))
    s.discard(Key(2))
    s.discard(Key(9))
    s.remove(Key(1))
    try:
        s.remove(Key(1))
    except KeyError as e:
        error = e.args
    return sorted(k.n for k in s), Key(4) in s, Key(1) in s, error


def set_constructors():
    s = set([Key(1), Key(4), Key(4)])
    f = frozenset((Key(2), Key(5), Key(2)))
    return sorted(k.n for k in s), sorted(k.n for k in f), type(f).__name__


def identity_keys():
    a, b = OnlyHash(1), OnlyHash(1)
    d = {a: "a"}
    d[b] = "b"
    return len(d), d[a], d[b], a in {a}, b in {a}


def hash_raises():
    try:
        {BadHash(): 1}
    except ValueError as e:
        return "ValueError", str(e)


def hash_raises_in_set():
    s = set()
    try:
        s.add(BadHash())
    except ValueError as e:
        return "ValueError", str(e), len(s)


def unhashable():
    out = []
    for work in (lambda: {NotHashable(): 1}, lambda: {NotHashable()}, lambda: {}[NotHashable()],
                 lambda: NotHashable() in set(), lambda: {}.get(NotHashable()), lambda: {[]: 1}):
        try:
            work()
        except TypeError as e:
            out.append(str(e))
    return out


def big_hash():
    d = {BigHash(): 1}
    return list(d.values()), hash(BigHash()) == hash(2 ** 70)


class Shifty:
    """Its __eq__ adds to the dict being searched: the lookup starts again."""
    table = None

    def __hash__(self):
        return 1

    def __eq__(self, other):
        pause("shifty")
        if Shifty.table is not None and len(Shifty.table) < 3:
            Shifty.table[len(Shifty.table) + 100] = "grown"
        return self is other


def mutated_during_lookup():
    d = {}
    Shifty.table = d
    a = Shifty()
    d[a] = "a"
    d[Shifty()] = "b"
    Shifty.table = None
    return sorted(v for v in d.values())


both("dict items", dict_items)
both("dict missing key", dict_missing)
both("dict delete", dict_delete)
both("dict contains", dict_contains)
both("dict methods", dict_methods)
both("dict display", dict_display)
both("dict()", dict_constructor)
both("dict subclass __missing__", dict_subclass)
both("set operations", set_operations)
both("set() and frozenset()", set_constructors)
both("identity keys", identity_keys)
both("__hash__ raises", hash_raises)
both("__hash__ raises in set.add", hash_raises_in_set)
both("unhashable", unhashable)
both("big hash", big_hash)
both("dict changed during lookup", mutated_during_lookup)


def updates():
    d = {Key(1): "a"}
    d.update([(Key(4), "b"), [Key(1), "c"]])
    s = {Key(2)}
    s.update((Key(5), Key(2)))
    return show(d), sorted(k.n for k in s)


both("dict.update and set.update", updates)
