# Calls that once killed the interpreter: each ends in a value or CPython's exception.

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

# Methods reached through the instance, with a missing or extra argument.
attempt('None.__repr__()', lambda: None.__repr__())
attempt('object.__repr__(5)', lambda: object.__repr__(5).startswith('<int object'))
attempt('object.__hash__(1.5) is int', lambda: type(object.__hash__(1.5)).__name__)
attempt('{}.__getitem__()', lambda: {}.__getitem__())
attempt("{'k': 1}.__getitem__()", lambda: {'k': 1}.__getitem__())
attempt('{1}.add()', lambda: {1}.add())
attempt("'a'.join()", lambda: 'a'.join())
attempt('(1, 2, 3).count()', lambda: (1, 2, 3).count())
attempt('object().__ne__()', lambda: object().__ne__())
attempt('(1.5).__add__()', lambda: (1.5).__add__())
attempt('[].append()', lambda: [].append())
attempt('[].append(1, 2)', lambda: [].append(1, 2))
attempt('[].pop(1, 2)', lambda: [].pop(1, 2))
attempt('{}.get()', lambda: {}.get())
attempt('{}.get(1, 2, 3)', lambda: {}.get(1, 2, 3))
attempt('{}.keys(1)', lambda: {}.keys(1))
attempt('[].sort(1)', lambda: [].sort(1))
attempt('[].sort(cmp=1)', lambda: [].sort(cmp=1))
attempt("'a'.count()", lambda: 'a'.count())
attempt("'a'.count('a', 0, 1, 2)", lambda: 'a'.count('a', 0, 1, 2))
attempt("'a'.upper(x=1)", lambda: 'a'.upper(x=1))

# Descriptors called through the type with a receiver of another type.
attempt('dict.items([])', lambda: dict.items([]))
attempt('dict.items()', lambda: dict.items())
attempt('list.append((), 1)', lambda: list.append((), 1))
attempt('set.add([], 1)', lambda: set.add([], 1))
attempt('frozenset.union([])', lambda: frozenset.union([]))
attempt('tuple.count([], 1)', lambda: tuple.count([], 1))
attempt('range.index([], 1)', lambda: range.index([], 1))
attempt("str.upper(b'a')", lambda: str.upper(b'a'))
attempt('float.__add__(1, 2)', lambda: float.__add__(1, 2))
attempt('int.__add__()', lambda: int.__add__())
attempt('list.append(True, 1)', lambda: list.append(True, 1))

class MyList(list):
    pass
attempt('list.append(MyList(), 1)', lambda: list.append(MyList(), 1))

# math functions with the wrong number of arguments.
import math
attempt('math.isnan()', lambda: math.isnan())
attempt('math.isnan(1, 2)', lambda: math.isnan(1, 2))
attempt('math.pow(1)', lambda: math.pow(1))
attempt('math.floor()', lambda: math.floor())
attempt('math.gcd()', lambda: math.gcd())
attempt('math.isclose(1)', lambda: math.isclose(1))
attempt('math.isclose(1, 1, tol=2)', lambda: math.isclose(1, 1, tol=2))
