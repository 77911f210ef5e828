# Calls that once crashed, hung or exhausted memory: each now ends at once, as in CPython.

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

# Constructors of types that take no arguments or cannot be instantiated.
attempt('type(None)()', lambda: type(None)())
attempt('type(len)()', lambda: type(len)())
attempt('type(iter([]))()', lambda: type(iter([]))())
attempt('type({}.keys())()', lambda: type({}.keys())())

# A list emptied by an element's __eq__ while remove walks it.
class Clearing:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False

L = []
L.extend([Clearing(L), Clearing(L), Clearing(L)])
attempt('L.remove(1) with __eq__ clearing L', lambda: L.remove(1))
L = []
L.extend([Clearing(L), Clearing(L)])
attempt('L.index(1) with __eq__ clearing L', lambda: L.index(1))
L = []
L.extend([Clearing(L), Clearing(L)])
attempt('L.count(1) with __eq__ clearing L', lambda: L.count(1))
L = []
L.extend([Clearing(L), Clearing(L)])
attempt('1 in L with __eq__ clearing L', lambda: 1 in L)

# Repetition of empty sequences is immediate.
attempt("'' * 2**40", lambda: '' * 2**40)
attempt('[] * 2**40', lambda: [] * 2**40)
attempt("b'' * 2**40", lambda: b'' * 2**40)
attempt('() * 2**40', lambda: () * 2**40)
attempt("bytearray() * 2**40", lambda: bytearray() * 2**40)

# Length hints say the result cannot fit, before anything is allocated.
attempt('sorted(range(10**18))', lambda: sorted(range(10**18)))
attempt('[].extend(range(10**18))', lambda: [].extend(range(10**18)))
attempt('list(range(10**18))', lambda: list(range(10**18)))
attempt('bytearray(range(10**18))', lambda: bytearray(range(10**18)))

# Set predicates stop at the first item that decides them.
attempt('{1, 2, 3}.issuperset(range(10**18))', lambda: {1, 2, 3}.issuperset(range(10**18)))
attempt('{1, 2, 3}.isdisjoint(range(10**18))', lambda: {1, 2, 3}.isdisjoint(range(10**18)))
attempt('frozenset({5}).isdisjoint(range(10**18))', lambda: frozenset({5}).isdisjoint(range(10**18)))

# Sizes no machine can hold are refused up front.
import itertools, random
attempt("itertools.permutations('abc', 2**63)", lambda: itertools.permutations('abc', 2**63))
attempt('random.randbytes(2**40)', lambda: random.randbytes(2**40))
attempt('random.randbytes(-1)', lambda: random.randbytes(-1))
random.seed('a' * 10**6)
attempt("random.seed('a' * 10**6) then random()", lambda: type(random.random()).__name__)
