#!/usr/bin/env python3
"""Check Baozi's Python-written standard modules against CPython's.

Usage:  python3 Tests/LibChecks/run_all.py [-v] [group-substring ...]

Every module in Sources/BaoziCore/Modules/Lib is loaded under its own name
into a private module object (not into sys.modules), with an __import__
that resolves imports of the other Lib modules to their Baozi versions and
`_os` to the shim in this directory.  Each check is a function of one
argument, the module under test; it runs once with CPython's module and
once with Baozi's, and the outcomes must be identical: the repr of the
result (with memory addresses blanked out), or the exception's type and
message.  `mod(name)` inside a check gives the other module of the same
flavour.

One line is printed per check group, then 'N passed, M failed'.  A final
static group checks that the modules stay within the language subset Baozi
supports (no yield, generator expressions, async, exec/eval, sys._getframe,
__slots__, metaclasses, or imports beyond these modules, _os, sys, math).

Known, accepted differences from CPython (the checks concerned say so):
  - Messages that Python builds from a type's name say 'defaultdict' or
    'OrderedDict' where CPython's C types say 'collections.defaultdict'
    (e.g. unsupported operand types for |).
  - namedtuple fields are property objects, not _tuplegetter.
  - random has no SystemRandom; str/bytes seeds are not hashed with
    SHA-512 (so only their determinism is checked).
"""

import ast
import atexit
import builtins
import os
import re
import shutil
import sys
import tempfile
import types
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, '..', '..', 'Sources', 'BaoziCore',
                                    'Modules', 'Lib'))
sys.path.insert(0, HERE)

import _os as _os_shim  # noqa: E402  (the shim, found first on sys.path)

# The modules checked here.  (Other files in Lib belong to other checks.)
MODULES = ['bisect', 'collections', 'copy', 'functools', 'heapq', 'itertools',
           'operator', 'posixpath', 'random', 'string']

################################################################################
# Loading the Baozi modules
################################################################################

_baozi_modules = {}


def _baozi_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and name in MODULES:
        return load_baozi(name)
    return builtins.__import__(name, globals, locals, fromlist, level)


def load_baozi(name):
    if name in _baozi_modules:
        return _baozi_modules[name]
    path = os.path.join(LIB, name + '.py')
    module = types.ModuleType(name)
    module.__file__ = path
    module_builtins = dict(builtins.__dict__)
    module_builtins['__import__'] = _baozi_import
    module.__dict__['__builtins__'] = module_builtins
    _baozi_modules[name] = module
    with open(path, encoding='utf-8') as f:
        code = compile(f.read(), path, 'exec')
    exec(code, module.__dict__)
    return module


def load_real(name):
    return __import__(name)


################################################################################
# Check machinery
################################################################################

FLAVOUR = 'real'


def mod(name):
    """The module `name` of the flavour currently being checked."""
    if FLAVOUR == 'real':
        return load_real(name)
    return load_baozi(name)


_ADDRESS = re.compile(r' at 0x[0-9a-fA-F]+')


def normalize(text):
    return _ADDRESS.sub(' at 0x?', text)


def outcome(fn, module):
    try:
        value = fn(module)
    except Exception as e:
        return 'raised %s: %s' % (type(e).__name__, normalize(str(e)))
    try:
        return 'returned ' + normalize(repr(value))
    except Exception as e:
        return 'repr raised %s: %s' % (type(e).__name__, e)


class Group:
    def __init__(self, title, module_name):
        self.title = title
        self.module_name = module_name
        self.cases = []

    def check(self, label, fn, same_modulo=None):
        """Compare fn(CPython's module) with fn(Baozi's module).

        same_modulo: a (old, new) text replacement applied to both outcomes
        first, for a known, accepted difference (see the module docstring).
        """
        self.cases.append((label, fn, same_modulo))

    def checks(self, label, fn, values):
        """One check per value: fn(M, value)."""
        for value in values:
            self.cases.append(('%s[%r]' % (label, value),
                               (lambda v: lambda M: fn(M, v))(value), None))


GROUPS = []


def group(title, module_name):
    def register(builder):
        GROUPS.append((title, module_name, builder))
        return builder
    return register


def run_group(title, module_name, builder, verbose):
    global FLAVOUR
    g = Group(title, module_name)
    builder(g)
    failures = []
    for label, fn, same_modulo in g.cases:
        FLAVOUR = 'real'
        expected = outcome(fn, load_real(module_name))
        FLAVOUR = 'baozi'
        actual = outcome(fn, load_baozi(module_name))
        if same_modulo is not None:
            expected = expected.replace(*same_modulo)
            actual = actual.replace(*same_modulo)
        if expected != actual:
            failures.append((label, expected, actual))
        elif verbose:
            print('    ok %s: %s' % (label, expected[:100]))
    passed = len(g.cases) - len(failures)
    status = 'ok' if not failures else 'FAILED %d' % len(failures)
    print('%-34s %4d checks  %s' % (title, len(g.cases), status))
    for label, expected, actual in failures:
        print('    %s\n        CPython: %s\n        Baozi:   %s'
              % (label, expected[:500], actual[:500]))
    return passed, len(failures)


################################################################################
# Helpers for checks
################################################################################

def fuzz_ops(seed, count, choices):
    """A reproducible list of operations, drawn with CPython's random."""
    import random as real_random
    rng = real_random.Random(seed)
    ops = []
    for _ in range(count):
        name = rng.choice(choices)
        ops.append((name, rng.randint(-6, 6), rng.randint(0, 9)))
    return ops


def attempt(fn, *args):
    try:
        return ('ok', fn(*args))
    except Exception as e:
        return ('exc', type(e).__name__, normalize(str(e)))


class Key:
    """An orderable record that compares by key only; `tag` tells equal
    keys apart so that the order of ties is visible."""

    def __init__(self, key, tag):
        self.key = key
        self.tag = tag

    def __lt__(self, other):
        return self.key < other.key

    def __gt__(self, other):
        return self.key > other.key

    def __le__(self, other):
        return self.key <= other.key

    def __ge__(self, other):
        return self.key >= other.key

    def __eq__(self, other):
        return self.key == other.key

    __hash__ = None

    def __repr__(self):
        return 'K(%r,%r)' % (self.key, self.tag)


################################################################################
# collections
################################################################################

@group('collections.deque', 'collections')
def _(g):
    g.check('repr empty', lambda M: repr(M.deque()))
    g.check('repr', lambda M: repr(M.deque([1, 'a', None])))
    g.check('repr maxlen', lambda M: repr(M.deque('abcdef', 3)))
    g.check('repr maxlen kw', lambda M: repr(M.deque(range(10), maxlen=4)))
    g.check('repr maxlen 0', lambda M: repr(M.deque('abc', 0)))
    g.check('iterable kw', lambda M: M.deque(iterable='abc'))
    g.check('maxlen attr', lambda M: (M.deque().maxlen, M.deque([], 5).maxlen))
    g.check('maxlen negative', lambda M: M.deque([], -1))
    g.check('maxlen float', lambda M: M.deque([], 2.0))
    g.check('maxlen str', lambda M: M.deque([], 'a'))
    g.check('maxlen bool', lambda M: M.deque('abc', True))
    g.check('not iterable', lambda M: M.deque(1))
    g.check('None iterable', lambda M: M.deque(None))
    g.check('pop empty', lambda M: M.deque().pop())
    g.check('popleft empty', lambda M: M.deque().popleft())
    g.check('index out of range', lambda M: M.deque([1])[1])
    g.check('negative index', lambda M: M.deque([1, 2, 3])[-1])
    g.check('negative index out', lambda M: M.deque([1, 2, 3])[-4])
    g.check('str index', lambda M: M.deque([1])['a'])
    g.check('slice index', lambda M: M.deque([1])[0:1])
    g.check('bool index', lambda M: M.deque([1, 2])[True])
    g.check('setitem', lambda M: (lambda d: (d.__setitem__(-1, 'x'), d)[1])(M.deque('abc')))
    g.check('setitem out', lambda M: M.deque('abc').__setitem__(3, 1))
    g.check('delitem', lambda M: [(lambda d: (d.__delitem__(i), d)[1])(M.deque('abcde'))
                                  for i in range(-5, 5)])
    g.check('delitem out', lambda M: M.deque('abc').__delitem__(-4))
    g.check('remove missing', lambda M: M.deque([1, 2]).remove(5))
    g.check('remove', lambda M: (lambda d: (d.remove(2), d)[1])(M.deque([1, 2, 3, 2])))
    g.check('index missing', lambda M: M.deque([1, 2]).index(5))
    g.check('index', lambda M: M.deque('abcabc').index('c'))
    g.check('index ranges', lambda M: [attempt(M.deque('abcabc').index, 'b', a, b)
                                       for a in (-10, -3, 0, 2, 5, 9)
                                       for b in (-10, -1, 0, 3, 6, 100)])
    g.check('index bad start', lambda M: M.deque('abc').index('b', 'x'))
    g.check('count', lambda M: M.deque([1, 2, 1, 1.0, True]).count(1))
    g.check('count nan identity', lambda M: (lambda n: M.deque([n, n]).count(n))(float('nan')))
    g.check('in', lambda M: (2 in M.deque([1, 2]), 5 in M.deque([1, 2])))
    g.check('insert full', lambda M: M.deque([1, 2], 2).insert(0, 5))
    g.check('insert', lambda M: [(lambda d: (d.insert(i, 'x'), d)[1])(M.deque('abc'))
                                 for i in range(-5, 6)])
    g.check('insert maxlen room', lambda M: [(lambda d: (d.insert(i, 'x'), d)[1])(M.deque('ab', 3))
                                             for i in range(-3, 4)])
    g.check('insert bad index', lambda M: M.deque('abc').insert('a', 1))
    g.check('add list', lambda M: M.deque([1]) + [1])
    g.check('add', lambda M: M.deque('abc', 4) + M.deque('xyz'))
    g.check('add maxlen right', lambda M: M.deque('abc') + M.deque('xyz', 2))
    g.check('iadd', lambda M: (lambda d: (d.__iadd__('xyz'), d)[1])(M.deque('ab', 4)))
    g.check('mul', lambda M: [M.deque('abc') * n for n in (-1, 0, 1, 2, 3)])
    g.check('mul maxlen', lambda M: [M.deque('abc', 4) * n for n in (0, 1, 2, 3, 10)])
    g.check('mul maxlen big', lambda M: M.deque('abc', 5) * 10 ** 9)
    g.check('rmul', lambda M: 2 * M.deque('ab', 3))
    g.check('mul str', lambda M: M.deque('abc') * 'a')
    g.check('imul', lambda M: (lambda d: (d.__imul__(3), d)[1])(M.deque('ab', 5)))
    g.check('eq', lambda M: (M.deque([1, 2]) == M.deque([1, 2]), M.deque([1]) == M.deque([1, 2]),
                             M.deque([1]) == [1], M.deque([1]) != [1], M.deque([1], 3) == M.deque([1])))
    g.check('lt', lambda M: (M.deque([1, 2]) < M.deque([1, 3]), M.deque([1]) <= M.deque([1]),
                             M.deque([2]) > M.deque([1, 5]), M.deque() >= M.deque()))
    g.check('hash', lambda M: hash(M.deque()))
    g.check('len bool', lambda M: (len(M.deque('abc')), bool(M.deque()), bool(M.deque('a'))))
    g.check('iter', lambda M: list(M.deque('abcdef')))
    g.check('reversed', lambda M: list(reversed(M.deque('abcdef'))))
    g.check('rotate', lambda M: [(lambda d: (d.rotate(n), list(d))[1])(M.deque(range(7)))
                                 for n in range(-15, 16)])
    g.check('rotate default', lambda M: (lambda d: (d.rotate(), d)[1])(M.deque('abc')))
    g.check('rotate empty', lambda M: (lambda d: (d.rotate(5), d)[1])(M.deque()))
    g.check('rotate str', lambda M: M.deque('abc').rotate('a'))
    g.check('reverse', lambda M: (lambda d: (d.reverse(), d)[1])(M.deque('abcde')))
    g.check('clear', lambda M: (lambda d: (d.clear(), d, len(d))[1:])(M.deque('abc', 5)))
    g.check('copy', lambda M: (lambda d: (d.copy(), d.copy() is d))(M.deque('abc', 5)))
    g.check('extend self', lambda M: (lambda d: (d.extend(d), d)[1])(M.deque('abc')))
    g.check('extendleft', lambda M: (lambda d: (d.extendleft('xyz'), d)[1])(M.deque('abc', 5)))
    g.check('extendleft self', lambda M: (lambda d: (d.extendleft(d), d)[1])(M.deque('abc')))
    g.check('maxlen 0 ops', lambda M: (lambda d: (d.append(1), d.appendleft(2), d.extend('ab'), d)[3])(M.deque([], 0)))
    g.check('init again', lambda M: (lambda d: (d.__init__('xy'), d)[1])(M.deque('abc', 5)))

    def recursive(M):
        d = M.deque([1])
        d.append(d)
        return repr(d)
    g.check('recursive repr', recursive)

    def mutated(M, op):
        d = M.deque([1, 2, 3])
        it = iter(d)
        next(it)
        op(d)
        return attempt(lambda: list(it))
    g.checks('mutation during iteration', mutated, [])
    for name, op in [('append', lambda d: d.append(4)), ('pop', lambda d: d.pop()),
                     ('setitem', lambda d: d.__setitem__(0, 9)), ('reverse', lambda d: d.reverse()),
                     ('rotate', lambda d: d.rotate(1)), ('rotate0', lambda d: d.rotate(0)),
                     ('clear', lambda d: d.clear()), ('remove', lambda d: d.remove(2)),
                     ('extend empty', lambda d: d.extend([])), ('imul1', lambda d: d.__imul__(1)),
                     ('count', lambda d: d.count(1)), ('insert', lambda d: d.insert(1, 0)),
                     ('delitem', lambda d: d.__delitem__(1))]:
        g.check('mutation during iteration: ' + name, (lambda op: lambda M: mutated(M, op))(op))

    # Random operation sequences, with and without maxlen, compared step by step.
    def fuzz(M, seed, maxlen):
        d = M.deque(maxlen=maxlen)
        log = []
        for name, a, b in fuzz_ops(seed, 400, ['append', 'appendleft', 'pop', 'popleft',
                                               'extend', 'extendleft', 'rotate', 'insert',
                                               'remove', 'index', 'count', 'reverse', 'get',
                                               'set', 'del', 'clear', 'append', 'append',
                                               'appendleft', 'contains']):
            if name == 'append':
                r = attempt(d.append, b)
            elif name == 'appendleft':
                r = attempt(d.appendleft, b)
            elif name == 'pop':
                r = attempt(d.pop)
            elif name == 'popleft':
                r = attempt(d.popleft)
            elif name == 'extend':
                r = attempt(d.extend, range(b))
            elif name == 'extendleft':
                r = attempt(d.extendleft, range(b))
            elif name == 'rotate':
                r = attempt(d.rotate, a)
            elif name == 'insert':
                r = attempt(d.insert, a, b)
            elif name == 'remove':
                r = attempt(d.remove, b)
            elif name == 'index':
                r = attempt(d.index, b)
            elif name == 'count':
                r = attempt(d.count, b)
            elif name == 'reverse':
                r = attempt(d.reverse)
            elif name == 'get':
                r = attempt(d.__getitem__, a)
            elif name == 'set':
                r = attempt(d.__setitem__, a, b)
            elif name == 'del':
                r = attempt(d.__delitem__, a)
            elif name == 'clear':
                r = attempt(d.clear) if b == 0 else None
            else:
                r = b in d
            log.append((name, r, list(d), list(reversed(d)), len(d)))
        return log
    for seed in range(6):
        for maxlen in (None, 0, 1, 5, 13):
            g.check('fuzz seed=%d maxlen=%r' % (seed, maxlen),
                    (lambda s, m: lambda M: fuzz(M, s, m))(seed, maxlen))

    def big(M):
        d = M.deque()
        for i in range(1000):
            d.append(i)
            d.appendleft(-i)
        for i in range(700):
            d.pop()
            d.popleft()
        d.rotate(123)
        d.rotate(-45)
        return list(d), d[0], d[-1], d[300]
    g.check('big', big)

    def drain_and_refill(M):
        d = M.deque(range(5000))
        out = []
        while len(d) > 3:
            out.append(d.popleft() if len(d) % 2 else d.pop())
        d.extend('abc')
        d.appendleft('z')
        return out[-5:], list(d), d[2], list(reversed(d))
    g.check('drain and refill', drain_and_refill)

    class Sub(object):
        pass

    def subclass(M):
        class MyDeque(M.deque):
            pass
        d = MyDeque('abc', 5)
        return repr(d), repr(d.copy()), type(d.copy()).__name__, repr(d + d), attempt(hash, d)
    g.check('subclass', subclass)

    def subclass_no_init(M):
        class Lazy(M.deque):
            def __init__(self):
                pass
        d = Lazy()
        d.append(1)
        return list(d)
    g.check('subclass without super().__init__', subclass_no_init)
    g.check('class_getitem', lambda M: M.deque[int] is not None)
    g.check('copy module', lambda M: (mod('copy').copy(M.deque('abc', 4)),
                                      mod('copy').deepcopy(M.deque([[1], [2]], 4))))


@group('collections.defaultdict', 'collections')
def _(g):
    g.check('repr', lambda M: repr(M.defaultdict(list)))
    g.check('repr None', lambda M: repr(M.defaultdict()))
    g.check('repr items', lambda M: repr(M.defaultdict(int, {'a': 1}, b=2)))
    g.check('repr lambda', lambda M: repr(M.defaultdict(lambda: 0)))
    g.check('missing', lambda M: (lambda d: (d['x'].append(1), d['x'], d)[1:])(M.defaultdict(list)))
    g.check('counting', lambda M: (lambda d: ([d.__setitem__(c, d[c] + 1) for c in 'abracadabra'], d)[1])(M.defaultdict(int)))
    g.check('no factory', lambda M: M.defaultdict()['x'])
    g.check('get does not create', lambda M: (lambda d: (d.get('x'), 'x' in d, len(d)))(M.defaultdict(list)))
    g.check('not callable', lambda M: M.defaultdict(1))
    g.check('factory kw is item', lambda M: M.defaultdict(default_factory=list))
    g.check('too many args', lambda M: M.defaultdict(list, {}, {}))
    g.check('default_factory attr', lambda M: M.defaultdict(set).default_factory)
    g.check('set default_factory', lambda M: (lambda d: (setattr(d, 'default_factory', str), d[1], d)[2])(M.defaultdict(list)))
    g.check('copy', lambda M: (lambda d: (d.copy(), type(d.copy()).__name__, d.copy().default_factory))(M.defaultdict(list, a=[1])))
    g.check('or', lambda M: M.defaultdict(list, a=1) | {'b': 2})
    g.check('ror', lambda M: {'b': 2} | M.defaultdict(list, a=1))
    g.check('ior', lambda M: (lambda d: (d.__ior__({'z': 0}), d)[1])(M.defaultdict(list, a=1)))
    # Known difference: CPython names its C type 'collections.defaultdict'.
    g.check('or bad', lambda M: M.defaultdict(list) | 1, same_modulo=("'collections.", "'"))
    g.check('eq dict', lambda M: M.defaultdict(list, a=1) == {'a': 1})
    g.check('isinstance dict', lambda M: isinstance(M.defaultdict(), dict))
    g.check('hash', lambda M: hash(M.defaultdict()))
    g.check('nested', lambda M: (lambda d: (d['a']['b'].append(1), d)[1])(
        M.defaultdict(lambda: M.defaultdict(list))).__repr__().replace('<function _.<locals>.<lambda>.<locals>.<lambda> at 0x?>', 'F'))
    g.check('deepcopy', lambda M: (lambda d: (lambda c: (c, c['k'] is d['k'], c.default_factory))(mod('copy').deepcopy(d)))(M.defaultdict(list, k=[1])))

    def subclass(M):
        class D(M.defaultdict):
            pass
        d = D(int)
        d['a'] += 1
        return repr(d), attempt(hash, d)
    g.check('subclass', subclass)


@group('collections.OrderedDict', 'collections')
def _(g):
    g.check('repr empty', lambda M: repr(M.OrderedDict()))
    g.check('repr', lambda M: repr(M.OrderedDict([('b', 1), ('a', 2)])))
    g.check('kwargs', lambda M: M.OrderedDict(x=1, y=2))
    g.check('mapping and kwargs', lambda M: M.OrderedDict({'q': 0}, x=1))
    g.check('bad pair 3', lambda M: M.OrderedDict([(1, 2, 3)]))
    g.check('bad pair 1', lambda M: M.OrderedDict([(1,)]))
    g.check('bad pair 0', lambda M: M.OrderedDict([()]))
    g.check('string pair', lambda M: M.OrderedDict(['ab']))
    g.check('not iterable', lambda M: M.OrderedDict(1))
    g.check('bad items', lambda M: M.OrderedDict([1]))
    g.check('two args', lambda M: M.OrderedDict({}, {}))
    g.check('update forms', lambda M: (lambda d: (d.update([('a', 1)]), d.update({'b': 2}), d.update(c=3),
                                                  d.update(M.OrderedDict(d=4)), d)[4])(M.OrderedDict()))
    g.check('update two', lambda M: M.OrderedDict().update({}, {}))

    def move(M):
        d = M.OrderedDict.fromkeys('abcde')
        d.move_to_end('b')
        r1 = list(d)
        d.move_to_end('e', last=False)
        r2 = list(d)
        d.move_to_end('e', False)
        r3 = list(d)
        d.move_to_end('d', True)
        return r1, r2, r3, list(d), attempt(d.move_to_end, 'zz'), attempt(d.move_to_end, 'zz', False)
    g.check('move_to_end', move)

    def popitem(M):
        d = M.OrderedDict.fromkeys('abcd', 0)
        return (d.popitem(), d.popitem(last=False), d.popitem(False), d.popitem(True),
                attempt(d.popitem), attempt(d.popitem, False))
    g.check('popitem', popitem)
    g.check('eq order', lambda M: (M.OrderedDict(a=1, b=2) == M.OrderedDict(b=2, a=1),
                                   M.OrderedDict(a=1, b=2) != M.OrderedDict(b=2, a=1),
                                   M.OrderedDict(a=1, b=2) == M.OrderedDict(a=1, b=2),
                                   M.OrderedDict(a=1, b=2) == {'b': 2, 'a': 1},
                                   {'b': 2, 'a': 1} == M.OrderedDict(a=1, b=2),
                                   M.OrderedDict(a=1) == M.OrderedDict(a=1.0)))
    g.check('keys repr', lambda M: repr(M.OrderedDict(a=1, b=2).keys()))
    g.check('values repr', lambda M: repr(M.OrderedDict(a=1, b=2).values()))
    g.check('items repr', lambda M: repr(M.OrderedDict(a=1, b=2).items()))
    g.check('views', lambda M: (lambda d: (list(d.keys()), list(d.values()), list(d.items()),
                                           len(d.keys()), 'a' in d.keys(), ('a', 1) in d.items(),
                                           ('a', 2) in d.items(), list(reversed(d.keys())),
                                           list(reversed(d.items())), list(reversed(d.values())),
                                           list(reversed(d))))(M.OrderedDict(a=1, b=2)))
    g.check('view set ops', lambda M: (lambda k: (sorted(k | ['c']), sorted(['c'] | k), sorted(k - ['a']),
                                                  sorted(['a', 'z'] - k), sorted(k & {'a', 'q'}),
                                                  sorted({'a', 'q'} & k), sorted(k ^ {'a', 'q'}),
                                                  k == {'a', 'b'}, k == ['a', 'b'], k != {'a'},
                                                  k.isdisjoint(['x']), k.isdisjoint(['a'])))(M.OrderedDict(a=1, b=2).keys()))
    g.check('items eq', lambda M: M.OrderedDict(a=1, b=2).items() == {('a', 1), ('b', 2)})
    g.check('live view', lambda M: (lambda d: (lambda k: (d.__setitem__('z', 0), list(k))[1])(d.keys()))(M.OrderedDict(a=1)))
    g.check('or', lambda M: M.OrderedDict(a=1) | {'b': 2})
    g.check('ror', lambda M: {'b': 2} | M.OrderedDict(a=1))
    g.check('ior', lambda M: (lambda d: (d.__ior__({'b': 2}), d)[1])(M.OrderedDict(a=1)))
    g.check('or bad', lambda M: M.OrderedDict(a=1) | 1, same_modulo=("'collections.", "'"))
    g.check('copy', lambda M: (lambda d: (d.copy(), type(d.copy()).__name__))(M.OrderedDict(a=1)))
    g.check('fromkeys', lambda M: M.OrderedDict.fromkeys('abc', 0))
    g.check('setdefault pop', lambda M: (lambda d: (d.setdefault('c', 3), d.pop('a'), attempt(d.pop, 'zz'),
                                                    d.pop('zz', 9), d))(M.OrderedDict(a=1, b=2)))
    g.check('reinsert moves', lambda M: (lambda d: (d.__delitem__('a'), d.__setitem__('a', 5), d)[2])(M.OrderedDict(a=1, b=2)))
    g.check('overwrite keeps place', lambda M: (lambda d: (d.__setitem__('a', 5), d)[1])(M.OrderedDict(a=1, b=2)))
    g.check('hash', lambda M: hash(M.OrderedDict()))
    g.check('isinstance', lambda M: isinstance(M.OrderedDict(), dict))

    def recursive(M):
        d = M.OrderedDict()
        d['x'] = d
        return repr(d)
    g.check('recursive repr', recursive)

    def lru(M):
        # The classic subclass: an LRU mapping overriding __setitem__.
        class LRU(M.OrderedDict):
            def __init__(self, maxsize, *args, **kwds):
                self.maxsize = maxsize
                super().__init__(*args, **kwds)

            def __getitem__(self, key):
                value = super().__getitem__(key)
                self.move_to_end(key)
                return value

            def __setitem__(self, key, value):
                if key in self:
                    self.move_to_end(key)
                super().__setitem__(key, value)
                if len(self) > self.maxsize:
                    oldest = next(iter(self))
                    del self[oldest]
        d = LRU(3, [('a', 1), ('b', 2), ('c', 3), ('d', 4)])
        d['b']
        d['e'] = 5
        d.update(f=6)
        return repr(d)
    g.check('LRU subclass', lru)
    g.check('deepcopy', lambda M: mod('copy').deepcopy(M.OrderedDict([('b', [1]), ('a', [2])])))


@group('collections.Counter', 'collections')
def _(g):
    g.check('from str', lambda M: M.Counter('abracadabra'))
    g.check('from list', lambda M: M.Counter([3, 1, 3, 2, 1, 3]))
    g.check('from dict', lambda M: M.Counter({'a': 3, 'b': -1, 'c': 0}))
    g.check('from kwargs', lambda M: M.Counter(a=2, b=5))
    g.check('kw names', lambda M: M.Counter(self=1, iterable=2))
    g.check('iterable kw', lambda M: M.Counter(iterable='abc'))
    g.check('empty', lambda M: (repr(M.Counter()), repr(M.Counter('')), M.Counter() == M.Counter()))
    g.check('not iterable', lambda M: M.Counter(1))
    g.check('two args', lambda M: M.Counter('ab', 'cd'))
    g.check('missing is zero', lambda M: (lambda c: (c['zz'], 'zz' in c, len(c)))(M.Counter('ab')))
    g.check('most_common', lambda M: [M.Counter('abracadabra').most_common(n) for n in (None, -1, 0, 1, 2, 3, 10)])
    g.check('most_common ties', lambda M: M.Counter('zyxwvzyxzaa').most_common())
    g.check('most_common ties n', lambda M: [M.Counter('edcbaabcde').most_common(n) for n in range(6)])
    g.check('repr order', lambda M: repr(M.Counter('mississippi')))
    g.check('repr unorderable', lambda M: repr(M.Counter(a=1, b='x')))
    g.check('elements', lambda M: sorted(M.Counter(a=2, b=0, c=-1, d=3).elements()))
    g.check('elements order', lambda M: list(M.Counter('abcabca').elements()))
    g.check('elements repr', lambda M: repr(M.Counter('a').elements()))
    g.check('total', lambda M: (M.Counter('aab').total(), M.Counter().total(), M.Counter(a=-3, b=1).total()))
    g.check('update', lambda M: (lambda c: (c.update('abc'), c.update({'a': 5, 'z': -1}), c.update(b=2), c)[3])(M.Counter('aa')))
    g.check('update empty mapping', lambda M: (lambda c: (c.update({'a': -5, 'b': 1}), c)[1])(M.Counter()))
    g.check('update counter', lambda M: (lambda c: (c.update(M.Counter('xyz')), c)[1])(M.Counter('x')))
    g.check('update none', lambda M: (lambda c: (c.update(), c.update(None), c)[2])(M.Counter('x')))
    g.check('subtract', lambda M: (lambda c: (c.subtract('aab'), c.subtract({'c': 3}), c.subtract(a=3), c)[3])(M.Counter(a=1)))
    g.check('add', lambda M: M.Counter(a=3, b=1, c=-2) + M.Counter(a=1, b=-5, d=2, e=-1))
    g.check('sub', lambda M: M.Counter(a=3, b=1, c=-2) - M.Counter(a=1, b=-5, d=2, e=-1))
    g.check('or', lambda M: M.Counter(a=3, b=1, c=-2) | M.Counter(a=1, b=5, d=2, e=-1))
    g.check('and', lambda M: M.Counter(a=3, b=1, c=-2) & M.Counter(a=1, b=5, d=2, e=-1))
    g.check('pos neg', lambda M: (+M.Counter(a=2, b=-1, c=0), -M.Counter(a=2, b=-1, c=0)))
    g.check('iadd', lambda M: (lambda c: (c.__iadd__(M.Counter(a=-5, b=1, z=0)), c)[1])(M.Counter(a=2, q=-1)))
    g.check('isub', lambda M: (lambda c: (c.__isub__(M.Counter(a=1, b=1)), c)[1])(M.Counter(a=2, q=-1)))
    g.check('ior', lambda M: (lambda c: (c.__ior__(M.Counter(a=5, b=1)), c)[1])(M.Counter(a=2, q=-1)))
    g.check('iand', lambda M: (lambda c: (c.__iand__(M.Counter(a=1, q=3)), c)[1])(M.Counter(a=2, q=-1, r=4)))
    g.check('add int', lambda M: M.Counter(a=1) + 5)
    g.check('compare', lambda M: (M.Counter(a=1) < M.Counter(a=2), M.Counter(a=1) <= M.Counter(a=1, b=0),
                                  M.Counter(a=1, b=0) == M.Counter(a=1), M.Counter(a=2) > M.Counter(a=1),
                                  M.Counter(a=1) >= M.Counter(a=1, b=1), M.Counter(a=1) != M.Counter(a=1)))
    g.check('compare dict', lambda M: M.Counter(a=1) <= {'a': 1})
    g.check('eq dict', lambda M: (M.Counter(a=1) == {'a': 1}, {'a': 1} == M.Counter(a=1)))
    g.check('fromkeys', lambda M: M.Counter.fromkeys('ab'))
    g.check('del missing', lambda M: (lambda c: (c.__delitem__('zz'), c.__delitem__('a'), c)[2])(M.Counter('ab')))
    g.check('copy', lambda M: (lambda c: (c.copy(), type(c.copy()).__name__))(M.Counter('aab')))
    g.check('hash', lambda M: hash(M.Counter()))

    def subclass(M):
        class C(M.Counter):
            pass
        return repr(C('aab')), repr(C('aab') + C('a')), repr(C()), repr(C('b').copy())
    g.check('subclass', subclass)
    g.check('deepcopy', lambda M: mod('copy').deepcopy(M.Counter('hello')))
    g.check('words', lambda M: M.Counter('the quick the lazy dog the end quick'.split()).most_common(2))


@group('collections.namedtuple', 'collections')
def _(g):
    P = lambda M: M.namedtuple('Point', ['x', 'y'])
    g.check('repr', lambda M: repr(P(M)(1, 2)))
    g.check('kw', lambda M: repr(P(M)(y=2, x=1)))
    g.check('string fields', lambda M: M.namedtuple('P', 'x,y , z')._fields)
    g.check('fields', lambda M: (P(M)._fields, P(M)._field_defaults))
    g.check('defaults', lambda M: (lambda C: (C(1), C(1, 5), C._field_defaults, C(y=0, x=1)))(M.namedtuple('P', 'x y z', defaults=[10, 20])))
    g.check('defaults iterator', lambda M: M.namedtuple('P', 'x y', defaults=iter([1]))(0))
    g.check('too many defaults', lambda M: M.namedtuple('P', 'x y', defaults=[1, 2, 3]))
    g.check('missing one', lambda M: P(M)(1))
    g.check('missing two', lambda M: P(M)())
    g.check('missing three', lambda M: M.namedtuple('P', 'x y z')())
    g.check('missing with default', lambda M: M.namedtuple('P', 'x y z', defaults=[1])())
    g.check('too many', lambda M: P(M)(1, 2, 3))
    g.check('too many zero fields', lambda M: M.namedtuple('E', '')(1))
    g.check('too many one field', lambda M: M.namedtuple('E', 'a')(1, 2))
    g.check('too many defaults given', lambda M: M.namedtuple('P', 'x y', defaults=[1])(1, 2, 3))
    g.check('multiple values', lambda M: P(M)(1, x=4))
    g.check('multiple values and too many', lambda M: P(M)(1, 2, 3, x=4))
    g.check('unexpected kw', lambda M: P(M)(1, 2, z=4))
    g.check('unexpected kw first', lambda M: P(M)(z=5))
    g.check('_cls kw', lambda M: M.namedtuple('P', 'x')(_cls=2))
    g.check('empty', lambda M: (repr(M.namedtuple('E', '')()), M.namedtuple('E', [])._fields))
    g.check('access', lambda M: (lambda p: (p.x, p.y, p[0], p[-1], p[:1], list(p), len(p)))(P(M)(1, [2])))
    g.check('tuple behaviour', lambda M: (lambda p: (p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple),
                                                     p + (3,), p * 2, p.count(1), p.index(2)))(P(M)(1, 2)))
    g.check('unpack', lambda M: (lambda p: (lambda x, y: x + y)(*p))(P(M)(1, 2)))
    g.check('setattr', lambda M: setattr(P(M)(1, 2), 'x', 5))
    g.check('delattr', lambda M: delattr(P(M)(1, 2), 'x'))
    # Known difference: fields are property objects, not _tuplegetter.
    g.check('field descriptor', lambda M: (type(P(M).x).__name__ in ('property', '_tuplegetter'),
                                           P(M).x.__doc__, P(M).y.__doc__))
    g.check('_make', lambda M: (P(M)._make([3, 4]), P(M)._make(iter('ab'))))
    g.check('_make short', lambda M: P(M)._make([1]))
    g.check('_make long', lambda M: P(M)._make([1, 2, 3]))
    g.check('_replace', lambda M: P(M)(1, 2)._replace(y=5))
    g.check('_replace bad', lambda M: P(M)(1, 2)._replace(z=1, w=2))
    g.check('_asdict', lambda M: (P(M)(1, 2)._asdict(), type(P(M)(1, 2)._asdict()).__name__))
    g.check('__getnewargs__', lambda M: P(M)(1, 2).__getnewargs__())
    g.check('__match_args__', lambda M: P(M).__match_args__)
    g.check('docs', lambda M: (P(M).__doc__, P(M).x.__doc__, P(M).y.__doc__, P(M).__new__.__doc__,
                               P(M)._make.__doc__))
    g.check('qualnames', lambda M: (P(M).__new__.__qualname__, P(M)._make.__qualname__,
                                    P(M)._replace.__qualname__, P(M).__repr__.__qualname__,
                                    P(M)._asdict.__qualname__, P(M).__name__, P(M).__qualname__))
    g.check('module kw', lambda M: M.namedtuple('P', 'x', module='somewhere').__module__)
    g.check('module', lambda M: P(M).__module__)
    g.check('rename', lambda M: M.namedtuple('P', 'x def _y x 1z ok', rename=True)._fields)
    g.check('keyword field', lambda M: M.namedtuple('P', 'x def'))
    g.check('underscore field', lambda M: M.namedtuple('P', 'x _y'))
    g.check('duplicate field', lambda M: M.namedtuple('P', 'x x'))
    g.check('bad identifier', lambda M: M.namedtuple('P', 'x 1y'))
    g.check('bad typename', lambda M: M.namedtuple('1P', 'x'))
    g.check('keyword typename', lambda M: M.namedtuple('class', 'x'))
    g.check('int typename', lambda M: M.namedtuple(3, 'x'))
    g.check('int field', lambda M: M.namedtuple('P', ['x', 3]))
    g.check('nested repr', lambda M: repr(P(M)(P(M)(1, 2), 'a')))
    g.check('isinstance class', lambda M: (isinstance(P(M), type), issubclass(P(M), tuple)))
    g.check('sorting', lambda M: sorted([P(M)(2, 1), P(M)(1, 2), P(M)(1, 1)]))

    def subclass(M):
        class Point3(M.namedtuple('Point3', 'x y z')):
            def norm1(self):
                return abs(self.x) + abs(self.y) + abs(self.z)

            def __repr__(self):
                return 'P3<%s>' % super().__repr__()
        p = Point3(1, -2, 3)
        return p.norm1(), repr(p), repr(p._replace(x=0)), p._asdict()
    g.check('subclass', subclass)
    g.check('copy', lambda M: (mod('copy').copy(P(M)(1, [2])), mod('copy').deepcopy(P(M)(1, [2])),
                               type(mod('copy').deepcopy(P(M)(1, [2]))).__name__))
    g.check('class repr', lambda M: repr(M.namedtuple('P', 'x', module='m')))


################################################################################
# functools
################################################################################

def _f(*args, **kwargs):
    return args, kwargs


@group('functools.partial', 'functools')
def _(g):
    g.check('call', lambda M: M.partial(_f, 1, x=2)(3, y=4))
    g.check('override kw', lambda M: M.partial(_f, x=1)(x=2))
    g.check('func kw', lambda M: M.partial(_f, func=1, self=2)())
    g.check('repr', lambda M: repr(M.partial(_f, 1, 'a', x=2, y=[1])))
    g.check('repr plain', lambda M: repr(M.partial(_f)))
    g.check('repr builtin', lambda M: repr(M.partial(max, 3)))
    g.check('flatten', lambda M: (lambda p: (repr(p), p.args, p.keywords, p.func is _f))(M.partial(M.partial(_f, 1, x=2), 3, y=4)))
    g.check('flatten override', lambda M: M.partial(M.partial(_f, 1, x=2), 3, x=4)())
    g.check('attrs', lambda M: (lambda p: (p.func is _f, p.args, p.keywords))(M.partial(_f, 1, k=2)))
    g.check('not callable', lambda M: M.partial(1))
    g.check('no args', lambda M: M.partial())
    g.check('func kw only', lambda M: M.partial(func=_f))
    g.check('as method attribute', lambda M: (lambda C: C().m(5))(type('C', (), {'m': M.partial(_f, 1)})))
    g.check('int base', lambda M: M.partial(int, base=2)('1011'))
    g.check('sorted key', lambda M: sorted(['bb', 'a', 'ccc'], key=M.partial(len)))

    def subclass(M):
        class P(M.partial):
            pass
        return repr(P(_f, 1)), P(_f, 1)(2)
    g.check('subclass', subclass)
    g.check('copy', lambda M: (lambda p: (repr(mod('copy').copy(p)), repr(mod('copy').deepcopy(p)),
                                          mod('copy').deepcopy(p).args[0] is p.args[0]))(M.partial(_f, [1], k=[2])))


@group('functools.reduce', 'functools')
def _(g):
    add = lambda a, b: a + b
    g.check('sum', lambda M: M.reduce(add, [1, 2, 3, 4]))
    g.check('initial', lambda M: M.reduce(add, [1, 2], 10))
    g.check('order', lambda M: M.reduce(lambda a, b: (a, b), 'abcd'))
    g.check('initial empty', lambda M: M.reduce(add, [], 5))
    g.check('single', lambda M: M.reduce(add, [7]))
    g.check('empty', lambda M: M.reduce(add, []))
    g.check('not iterable', lambda M: M.reduce(add, 1))
    g.check('keyword', lambda M: M.reduce(add, [1], initial=5))
    g.check('too few', lambda M: M.reduce(add))
    g.check('too many', lambda M: M.reduce(add, [1], 1, 2))
    g.check('iterator', lambda M: M.reduce(add, iter(range(10))))
    g.check('None initial', lambda M: M.reduce(lambda a, b: [a, b], [1], None))


@group('functools.wraps', 'functools')
def _(g):
    g.check('constants', lambda M: (M.WRAPPER_ASSIGNMENTS, M.WRAPPER_UPDATES))

    def wrapped(M):
        def original(x):
            """doc of original"""
            return x
        original.extra = 5

        @M.wraps(original)
        def wrapper(*args):
            return original(*args)
        return (wrapper.__name__, wrapper.__doc__, wrapper.__qualname__.split('.')[-1],
                wrapper.__wrapped__ is original, wrapper.extra, wrapper.__module__, wrapper(3),
                wrapper.__dict__.keys() - {'__wrapped__'})
    g.check('wraps', wrapped)

    def missing_attrs(M):
        class Callable:
            def __call__(self):
                return 1
        obj = Callable()

        def wrapper():
            pass
        M.update_wrapper(wrapper, obj)
        return wrapper.__name__, wrapper.__wrapped__ is obj, wrapper.__doc__

    g.check('missing attributes skipped', missing_attrs)

    def custom(M):
        def a():
            """A"""

        def b():
            pass
        result = M.update_wrapper(b, a, assigned=('__doc__',), updated=())
        return result is b, b.__doc__, b.__name__
    g.check('custom assigned', custom)
    g.check('wraps returns partial', lambda M: type(M.wraps(len)).__name__)

    def chain(M):
        def base():
            pass

        @M.wraps(base)
        def w1():
            pass

        @M.wraps(w1)
        def w2():
            pass
        return w2.__wrapped__ is w1, w1.__wrapped__ is base
    g.check('wrapped chain', chain)


@group('functools.lru_cache', 'functools')
def _(g):
    def pattern(M, maxsize, calls, typed=False):
        log = []

        def user(*args, **kwargs):
            log.append((args, kwargs))
            return (args, tuple(sorted(kwargs.items())))
        cached = M.lru_cache(maxsize=maxsize, typed=typed)(user)
        results = []
        for args, kwargs in calls:
            results.append(attempt(lambda: cached(*args, **kwargs)))
        return results, log, tuple(cached.cache_info()), repr(cached.cache_info())

    calls = [((1,), {}), ((2,), {}), ((1,), {}), ((3,), {}), ((2,), {}), ((1.0,), {}),
             ((True,), {}), ((1,), {}), (('a',), {}), (('a',), {}), ((1, 2), {}),
             ((), {'x': 1}), ((), {'x': 1}), ((), {'x': 1, 'y': 2}), ((), {'y': 2, 'x': 1}),
             (((1,),), {}), ((1.0,), {}), ((1, 2), {}), (([1],), {}), ((4,), {}),
             ((5,), {}), ((1,), {}), ((2,), {}), ((3,), {})]
    for maxsize in (None, 0, -3, 1, 2, 3, 5, 128):
        for typed in (False, True):
            g.check('pattern maxsize=%r typed=%r' % (maxsize, typed),
                    (lambda m, t: lambda M: pattern(M, m, calls, t))(maxsize, typed))

    def fuzz(M, maxsize, seed):
        import random as real_random
        rng = real_random.Random(seed)
        calls = [((rng.randint(0, 12),), {}) for _ in range(300)]
        return pattern(M, maxsize, calls)
    for maxsize in (1, 4, 7, 10):
        for seed in range(3):
            g.check('fuzz maxsize=%d seed=%d' % (maxsize, seed),
                    (lambda m, s: lambda M: fuzz(M, m, s))(maxsize, seed))

    def no_parens(M):
        @M.lru_cache
        def f(x):
            return x * 2
        f(1), f(1), f(2)
        return f.cache_info(), f.cache_parameters(), f.__name__, f.__wrapped__(5)
    g.check('no parentheses', no_parens)

    def empty_parens(M):
        @M.lru_cache()
        def f(x):
            return x * 2
        f(1), f(1)
        return f.cache_info(), f.cache_parameters()
    g.check('empty parentheses', empty_parens)

    def cache(M):
        @M.cache
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        return fib(80), fib.cache_info(), fib.cache_parameters()
    g.check('cache fib', cache)

    def bounded_recursion(M):
        @M.lru_cache(maxsize=3)
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        return fib(30), fib.cache_info(), fib(25), fib.cache_info()
    g.check('bounded recursive', bounded_recursion)

    def clear(M):
        @M.lru_cache(maxsize=2)
        def f(x):
            return x
        f(1), f(1), f(2), f(3)
        before = f.cache_info()
        f.cache_clear()
        after = f.cache_info()
        f(1), f(3)
        return before, after, f.cache_info()
    g.check('cache_clear', clear)

    def method(M):
        class C:
            def __init__(self, k):
                self.k = k

            @M.lru_cache(maxsize=None)
            def times(self, x):
                return self.k * x
        a, b = C(2), C(3)
        return a.times(5), b.times(5), a.times(5), C.times.cache_info()
    g.check('method', method)
    g.check('bad maxsize', lambda M: M.lru_cache(maxsize='a'))
    g.check('bad typed', lambda M: M.lru_cache(_f, typed=1))
    g.check('unhashable', lambda M: M.lru_cache()(_f)([1]))
    g.check('cache_parameters', lambda M: [M.lru_cache(maxsize=m, typed=t)(_f).cache_parameters()
                                           for m in (None, 0, -1, 5) for t in (False, True)])
    g.check('cacheinfo type', lambda M: (type(M.lru_cache()(_f).cache_info()).__name__,
                                         M.lru_cache()(_f).cache_info()._fields,
                                         type(M.lru_cache()(_f).cache_info()).__module__))

    def exception(M):
        calls = []

        @M.lru_cache(maxsize=2)
        def f(x):
            calls.append(x)
            if x < 0:
                raise ValueError('negative')
            return x
        return attempt(f, -1), attempt(f, -1), f.cache_info(), calls
    g.check('exception not cached', exception)


@group('functools.cmp_to_key', 'functools')
def _(g):
    cmp = lambda a, b: (a > b) - (a < b)
    g.check('sorted', lambda M: sorted([5, 2, 9, 1], key=M.cmp_to_key(cmp)))
    g.check('reverse', lambda M: sorted('hello', key=M.cmp_to_key(lambda a, b: cmp(b, a))))
    g.check('stable', lambda M: sorted(['bb', 'a', 'cc', 'b'], key=M.cmp_to_key(lambda a, b: len(a) - len(b))))
    g.check('compare', lambda M: (lambda K: (K(1) < K(2), K(1) > K(2), K(1) == K(1), K(1) <= K(1),
                                             K(2) >= K(3), K(1) != K(2)))(M.cmp_to_key(cmp)))
    g.check('bad other', lambda M: M.cmp_to_key(cmp)(1) < 2)
    g.check('hash', lambda M: hash(M.cmp_to_key(cmp)(1)))
    g.check('obj', lambda M: M.cmp_to_key(cmp)('x').obj)
    g.check('repr', lambda M: repr(M.cmp_to_key(cmp)))
    g.check('min max', lambda M: (min([3, 1, 2], key=M.cmp_to_key(cmp)), max([3, 1, 2], key=M.cmp_to_key(cmp))))


@group('functools.total_ordering', 'functools')
def _(g):
    def make(M, root):
        class V:
            def __init__(self, v):
                self.v = v

            def __eq__(self, other):
                if not isinstance(other, V):
                    return NotImplemented
                return self.v == other.v

            def __repr__(self):
                return 'V(%r)' % self.v
        ops = {
            '__lt__': lambda self, other: self.v < other.v if isinstance(other, V) else NotImplemented,
            '__le__': lambda self, other: self.v <= other.v if isinstance(other, V) else NotImplemented,
            '__gt__': lambda self, other: self.v > other.v if isinstance(other, V) else NotImplemented,
            '__ge__': lambda self, other: self.v >= other.v if isinstance(other, V) else NotImplemented,
        }
        setattr(V, root, ops[root])
        return M.total_ordering(V)

    def table(M, root):
        V = make(M, root)
        rows = []
        for a in (1, 2, 3):
            for b in (1, 2, 3):
                x, y = V(a), V(b)
                rows.append((x < y, x <= y, x > y, x >= y))
        names = sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n in V.__dict__)
        return rows, names, [V.__dict__[n].__name__ for n in names], attempt(lambda: V(1) < 5), \
            attempt(lambda: V(1) >= 5), sorted([V(3), V(1), V(2)])
    for root in ('__lt__', '__le__', '__gt__', '__ge__'):
        g.check('from ' + root, (lambda r: lambda M: table(M, r))(root))

    def none(M):
        class N:
            pass
        return M.total_ordering(N)
    g.check('no root', none)

    def two_roots(M):
        class T:
            def __init__(self, v):
                self.v = v

            def __lt__(self, other):
                return self.v < other.v

            def __gt__(self, other):
                return 'custom gt'
        M.total_ordering(T)
        return T(1) > T(2), T(1) <= T(2), T(2) >= T(1)
    g.check('two roots', two_roots)

    def inherited(M):
        class Base:
            def __init__(self, v):
                self.v = v

            def __lt__(self, other):
                return self.v < other.v

        @M.total_ordering
        class Child(Base):
            pass
        return Child(1) >= Child(2), Child(1) <= Child(1)
    g.check('inherited root', inherited)


@group('functools.cached_property', 'functools')
def _(g):
    def basic(M):
        calls = []

        class C:
            @M.cached_property
            def value(self):
                """the value"""
                calls.append(1)
                return 42
        c = C()
        return c.value, c.value, len(calls), c.__dict__, type(C.value).__name__, C.value.__doc__
    g.check('basic', basic)

    def reassign(M):
        class C:
            @M.cached_property
            def value(self):
                return 1
        c = C()
        c.value = 5
        return c.value
    g.check('set', reassign)


################################################################################
# itertools
################################################################################

def take(iterator, n):
    result = []
    for _ in range(n):
        try:
            result.append(next(iterator))
        except StopIteration:
            result.append('<stop>')
            break
    return result


@group('itertools.infinite', 'itertools')
def _(g):
    g.check('count', lambda M: take(M.count(), 5))
    g.check('count start step', lambda M: take(M.count(10, -3), 5))
    g.check('count float', lambda M: take(M.count(0.5, 0.1), 12))
    g.check('count kw', lambda M: take(M.count(step=2, start=1), 3))
    g.check('count complex', lambda M: take(M.count(1j), 3))
    g.check('count big', lambda M: take(M.count(2 ** 70, 2 ** 65), 3))
    g.check('count reprs', lambda M: [repr(M.count(*a)) for a in [(), (5,), (5, 2), (1, 1.0), (1, True), (1.5,),
                                                                  (0, -1), (2 ** 70,), (0.0, 1)]])
    g.check('count repr advanced', lambda M: (lambda c: (next(c), next(c), repr(c)))(M.count(3, 2)))
    g.check('count bad', lambda M: M.count('a'))
    g.check('count bad step', lambda M: M.count(1, 'a'))
    g.check('cycle', lambda M: take(M.cycle('abc'), 10))
    g.check('cycle empty', lambda M: take(M.cycle(''), 3))
    g.check('cycle consumption', lambda M: (lambda it: (take(M.cycle(it), 2), list(it)))(iter('abcd')))
    g.check('cycle bad', lambda M: M.cycle(1))
    g.check('repeat', lambda M: list(M.repeat('a', 3)))
    g.check('repeat forever', lambda M: take(M.repeat(7), 4))
    g.check('repeat negative', lambda M: (list(M.repeat('a', -3)), repr(M.repeat('a', -3))))
    g.check('repeat kw', lambda M: repr(M.repeat(times=3, object=1)))
    g.check('repeat reprs', lambda M: [repr(M.repeat(*a)) for a in [('a',), ('a', 3), (None, 0), ([1], 2)]])
    g.check('repeat repr advanced', lambda M: (lambda r: (next(r), repr(r), list(r), repr(r)))(M.repeat('x', 3)))
    g.check('repeat bad times', lambda M: M.repeat('a', 'b'))
    g.check('repeat float times', lambda M: M.repeat('a', 3.0))
    g.check('repeat length_hint', lambda M: (M.repeat(1, 3).__length_hint__(), attempt(M.repeat(1).__length_hint__)))
    g.check('repeat in map', lambda M: list(map(pow, range(5), M.repeat(2))))


@group('itertools.terminating', 'itertools')
def _(g):
    g.check('accumulate', lambda M: list(M.accumulate([1, 2, 3, 4])))
    g.check('accumulate func', lambda M: list(M.accumulate([3, 1, 4, 1, 5], max)))
    g.check('accumulate func kw', lambda M: list(M.accumulate([1, 2, 3], func=lambda a, b: a * b)))
    g.check('accumulate initial', lambda M: list(M.accumulate([1, 2, 3], initial=10)))
    g.check('accumulate initial empty', lambda M: list(M.accumulate([], initial=10)))
    g.check('accumulate empty', lambda M: list(M.accumulate([])))
    g.check('accumulate None func', lambda M: list(M.accumulate('abc', None)))
    g.check('accumulate initial None', lambda M: list(M.accumulate([1, 2], initial=None)))
    g.check('accumulate bad', lambda M: M.accumulate(1))
    g.check('chain', lambda M: list(M.chain('ab', [1, 2], (), range(2))))
    g.check('chain empty', lambda M: list(M.chain()))
    g.check('chain lazy error', lambda M: (lambda c: (next(c), attempt(next, c), attempt(next, c)))(M.chain('a', 1, 'b')))
    g.check('chain from_iterable', lambda M: list(M.chain.from_iterable(['ab', 'cd', []])))
    g.check('chain from_iterable lazy', lambda M: take(M.chain.from_iterable(M.repeat('ab')), 5))
    g.check('chain from_iterable bad', lambda M: list(M.chain.from_iterable(1)))
    g.check('chain repr', lambda M: repr(M.chain()).split(' at ')[0])
    g.check('compress', lambda M: list(M.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
    g.check('compress short selectors', lambda M: list(M.compress('ABCDEF', [1, 1])))
    g.check('compress consumption', lambda M: (lambda d: (list(M.compress(d, [0, 0])), list(d)))(iter('abcd')))
    g.check('dropwhile', lambda M: list(M.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
    g.check('takewhile', lambda M: list(M.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
    g.check('takewhile consumption', lambda M: (lambda d: (list(M.takewhile(lambda x: x < 2, d)), list(d)))(iter(range(5))))
    g.check('takewhile stays stopped', lambda M: (lambda t: (list(t), list(t)))(M.takewhile(lambda x: x != 2, [1, 2, 1])))
    g.check('takewhile None', lambda M: list(M.takewhile(None, [1])))
    g.check('filterfalse', lambda M: list(M.filterfalse(lambda x: x % 2, range(10))))
    g.check('filterfalse None', lambda M: list(M.filterfalse(None, [0, 1, '', 'a', None, []])))
    g.check('starmap', lambda M: list(M.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
    g.check('starmap lists', lambda M: list(M.starmap(max, [[1, 5], 'ab'])))
    g.check('starmap bad', lambda M: list(M.starmap(pow, [1])))
    g.check('pairwise', lambda M: [list(M.pairwise(s)) for s in ('', 'a', 'ab', 'abcde')])
    g.check('pairwise bad', lambda M: M.pairwise(1))
    g.check('zip_longest', lambda M: list(M.zip_longest('ABCD', 'xy')))
    g.check('zip_longest fill', lambda M: list(M.zip_longest('ABCD', 'xy', [1], fillvalue='-')))
    g.check('zip_longest none', lambda M: list(M.zip_longest()))
    g.check('zip_longest one', lambda M: list(M.zip_longest('ab')))
    g.check('zip_longest bad kw', lambda M: M.zip_longest('a', foo=1))
    g.check('zip_longest bad', lambda M: M.zip_longest(1))
    g.check('zip_longest consumption', lambda M: (lambda a, b: (list(M.zip_longest(a, b)), list(a), list(b)))(iter('ab'), iter('xyz')))
    g.check('groupby', lambda M: [(k, list(grp)) for k, grp in M.groupby('AAAABBBCCDAABBB')])
    g.check('groupby keys only', lambda M: [k for k, grp in M.groupby('AAAABBBCCD')])
    g.check('groupby key', lambda M: [(k, list(grp)) for k, grp in M.groupby(range(10), key=lambda x: x // 3)])
    g.check('groupby empty', lambda M: list(M.groupby([])))
    g.check('groupby stale groups', lambda M: [list(grp) for k, grp in list(M.groupby('aabbc'))])

    def partial_groups(M):
        it = M.groupby('aaabbbccc')
        k1, g1 = next(it)
        first = next(g1)
        k2, g2 = next(it)
        return k1, first, list(g1), k2, next(g2), list(it), list(g2)
    g.check('groupby partial', partial_groups)

    def groupby_equal_keys(M):
        nan = float('nan')
        return [(k is nan, len(list(grp))) for k, grp in M.groupby([nan, nan, 1, 1.0, True])]
    g.check('groupby identity', groupby_equal_keys)
    g.check('groupby bad', lambda M: M.groupby(1))
    g.check('groupby repr', lambda M: (lambda it: (repr(it).split(' at ')[0], repr(next(it)[1]).split(' at ')[0]))(M.groupby('ab')))


@group('itertools.islice', 'itertools')
def _(g):
    cases = [(5,), (0,), (None,), (2, 5), (2, None), (None, 5), (0, 10, 3), (1, 10, 2), (3, 3), (5, 2),
             (None, None, None), (2, None, 4), (0, 7, 100), (True,), (1, 5, True)]
    g.checks('values', lambda M, a: list(M.islice(range(10), *a)), cases)
    g.checks('values short input', lambda M, a: list(M.islice('abc', *a)), cases)

    def consumption(M, a):
        it = iter(range(20))
        got = list(M.islice(it, *a))
        return got, next(it, 'end')
    g.checks('consumption', consumption, cases)
    errors = [(-1,), (-2,), ('a',), (1.0,), (2 ** 70,), ('a', 3), (-1, 3), (1, -5), (1, -1), (1, 3, 0),
              (1, 3, 'a'), (1, 3, -1), (), (1, 2, 3, 4), (2 ** 70, 5), (1, 2, 2 ** 70)]
    g.checks('errors', lambda M, a: M.islice([1], *a), errors)
    g.check('not iterable', lambda M: M.islice(1, 2))
    g.check('chunks', lambda M: (lambda it: [list(M.islice(it, 3)) for _ in range(4)])(iter(range(10))))
    g.check('infinite', lambda M: list(M.islice(M.count(), 2, 20, 5)))
    g.check('exhausted stays', lambda M: (lambda s: (list(s), list(s)))(M.islice('abc', 2)))
    g.check('index objects', lambda M: list(M.islice(range(10), Idx(2), Idx(8), Idx(2))))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


@group('itertools.tee', 'itertools')
def _(g):
    g.check('basic', lambda M: [list(t) for t in M.tee('abc')])
    g.check('n', lambda M: [list(t) for t in M.tee('abc', 3)])
    g.check('zero', lambda M: M.tee('abc', 0))
    g.check('negative', lambda M: M.tee('abc', -1))
    g.check('bad n', lambda M: M.tee('abc', 'a'))
    g.check('not iterable', lambda M: M.tee(1))
    g.check('type', lambda M: (type(M.tee('a')[0]).__name__, type(M.tee('a')).__name__, len(M.tee('a'))))

    def interleaved(M):
        source = iter(range(10))
        a, b = M.tee(source)
        out = [next(a), next(a), next(b), next(a), next(b), next(b), next(b)]
        return out, list(a), list(b), list(source)
    g.check('interleaved', interleaved)

    def tee_of_tee(M):
        a, b = M.tee('abcd')
        next(a)
        c, d = M.tee(a)
        return c is a, list(c), list(d), list(b)
    g.check('tee of tee', tee_of_tee)

    def copy(M):
        a, = M.tee('abcd', 1)
        next(a)
        b = a.__copy__()
        return list(a), list(b), list(mod('copy').copy(b))
    g.check('copy', copy)

    def lazy(M):
        pulled = []

        def source():
            for i in range(5):
                pulled.append(i)
                yield i
        a, b = M.tee(source())
        next(a)
        n1 = len(pulled)
        next(b)
        n2 = len(pulled)
        list(a)
        return n1, n2, len(pulled), list(b)
    g.check('lazy', lazy)


@group('itertools.combinatoric', 'itertools')
def _(g):
    inputs = ['', 'a', 'ab', 'abc', 'abcd', [1, 1, 2]]
    g.checks('product', lambda M, s: list(M.product(s, 'xy')), inputs)
    g.checks('product repeat', lambda M, s: [list(M.product(s, repeat=r)) for r in range(4)], inputs)
    g.check('product none', lambda M: list(M.product()))
    g.check('product none repeat', lambda M: list(M.product(repeat=3)))
    g.check('product three', lambda M: list(M.product('ab', range(2), [None])))
    g.check('product repeat negative', lambda M: M.product('ab', repeat=-1))
    g.check('product repeat str', lambda M: M.product('ab', repeat='a'))
    g.check('product bad kw', lambda M: M.product('ab', foo=1))
    g.check('product not iterable', lambda M: M.product(1))
    g.checks('permutations', lambda M, s: [list(M.permutations(s, r)) for r in range(6)], inputs)
    g.checks('permutations full', lambda M, s: list(M.permutations(s)), inputs + ['abcde'])
    g.check('permutations r None', lambda M: list(M.permutations('abc', None)))
    g.check('permutations bad r', lambda M: M.permutations('abc', 'x'))
    g.check('permutations float r', lambda M: M.permutations('abc', 2.0))
    g.check('permutations negative', lambda M: M.permutations('abc', -1))
    g.checks('combinations', lambda M, s: [list(M.combinations(s, r)) for r in range(6)], inputs)
    g.check('combinations bad r', lambda M: M.combinations('abc', 'x'))
    g.check('combinations negative', lambda M: M.combinations('abc', -1))
    g.check('combinations big', lambda M: len(list(M.combinations(range(12), 5))))
    g.checks('combinations_with_replacement',
             lambda M, s: [list(M.combinations_with_replacement(s, r)) for r in range(5)], inputs)
    g.check('cwr negative', lambda M: M.combinations_with_replacement('abc', -1))
    g.check('permutations count', lambda M: len(list(M.permutations(range(7), 4))))
    g.check('pool snapshot', lambda M: (lambda l: (lambda p: (l.append(9), list(p))[1])(M.permutations(l)))([1, 2]))


################################################################################
# string
################################################################################

@group('string', 'string')
def _(g):
    for name in ('ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
                 'octdigits', 'punctuation', 'printable', 'whitespace'):
        g.check(name, (lambda n: lambda M: getattr(M, n))(name))
    texts = ['hello world', '  hello   world  ', 'HELLO wORLD', '', 'a-b c-d', "it's x", '\thello\nworld']
    g.checks('capwords', lambda M, s: M.capwords(s), texts)
    g.checks('capwords sep', lambda M, s: M.capwords(s, '-'), texts)
    g.check('capwords bad', lambda M: M.capwords(1))


################################################################################
# posixpath
################################################################################

PATHS = ['', '/', '//', '///', 'a', '/a', 'a/', '/a/', 'a/b', '/a/b/', 'a//b', '/a/./b/../c',
         '../a', './a', '.', '..', '/..', '/../a', 'a/..', 'a/../..', '../../x/y/..', '//a//b',
         '///a///b///', 'file.txt', '/path/file.tar.gz', '.bashrc', '/x/.bashrc', '..dots',
         '/x/..dots.ext', 'a.b/c', 'a.b/c.d', 'noext.', '/a/b.', '....', '/.../x', 'a/b/c/',
         '~', '~/x', '~user/x', 'x~', '/tmp/a b/c.d.e']


@group('posixpath.pure', 'posixpath')
def _(g):
    for fname in ('split', 'splitext', 'basename', 'dirname', 'normpath', 'isabs', 'splitdrive',
                  'normcase'):
        g.checks(fname, (lambda f: lambda M, p: getattr(M, f)(p))(fname), PATHS)
        g.checks(fname + ' bytes', (lambda f: lambda M, p: getattr(M, f)(p.encode()))(fname), PATHS[:20])
        g.check(fname + ' bad type', (lambda f: lambda M: getattr(M, f)(1))(fname))
        g.check(fname + ' None', (lambda f: lambda M: getattr(M, f)(None))(fname))
    joins = [('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b'), ('/a', 'b', 'c'), ('', 'a'), ('a', ''),
             ('', ''), ('a', 'b/', 'c'), ('/', 'x'), ('a', '/b', 'c', '/d', 'e')]
    g.checks('join', lambda M, p: M.join(*p), joins)
    g.checks('join bytes', lambda M, p: M.join(*[s.encode() for s in p]), joins)
    g.check('join int', lambda M: M.join(1))
    g.check('join int second', lambda M: M.join('a', 1))
    g.check('join None', lambda M: M.join('a', None))
    g.check('join mixed', lambda M: M.join('a', b'b'))
    g.check('join mixed bytes first', lambda M: M.join(b'a', 'b'))
    g.check('join nothing', lambda M: M.join())
    g.check('pathlike', lambda M: (M.join(FsPath('/a'), FsPath('b')), M.basename(FsPath('/x/y')),
                                   M.splitext(FsPath('f.txt'))))
    g.check('constants', lambda M: (M.sep, M.curdir, M.pardir, M.extsep, M.altsep, M.pathsep,
                                    M.defpath, M.devnull))
    g.check('commonprefix', lambda M: [M.commonprefix(x) for x in
                                       ([], ['/usr/lib', '/usr/local'], ['abc'], [['a', 'b'], ['a', 'c']],
                                        ['x', 'y'], ('/a/b', '/a/bc'))])
    g.check('commonpath', lambda M: [attempt(M.commonpath, x) for x in
                                     ([], ['/usr/lib', '/usr/local'], ['/a', 'b'], ['a/b', 'a/c'],
                                      ['/a/b', '/a/bc'], ['a/./b', 'a/b/c'], [b'/x/y', b'/x/z'],
                                      ['/', '/a'], ['a'])])
    g.check('commonpath mixed', lambda M: M.commonpath(['/a', b'/a']))


class FsPath:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


@group('posixpath.filesystem', 'posixpath')
def _(g):
    tmp = tempfile.mkdtemp(prefix='baozi-libchecks-')
    atexit.register(shutil.rmtree, tmp, True)
    with open(os.path.join(tmp, 'file.txt'), 'w') as f:
        f.write('hello world')
    os.mkdir(os.path.join(tmp, 'sub'))
    os.symlink(os.path.join(tmp, 'file.txt'), os.path.join(tmp, 'link'))
    os.symlink(os.path.join(tmp, 'nowhere'), os.path.join(tmp, 'broken'))
    names = ['file.txt', 'sub', 'link', 'broken', 'missing', 'sub/../file.txt', '', 'file.txt/x']
    for fname in ('exists', 'isfile', 'isdir'):
        g.checks(fname, (lambda f: lambda M, n: getattr(M, f)(os.path.join(tmp, n)))(fname), names)
        g.check(fname + ' bytes', (lambda f: lambda M: getattr(M, f)(os.path.join(tmp, 'sub').encode()))(fname))
        g.check(fname + ' pathlike', (lambda f: lambda M: getattr(M, f)(FsPath(tmp)))(fname))
        g.check(fname + ' None', (lambda f: lambda M: getattr(M, f)(None))(fname))
        g.check(fname + ' float', (lambda f: lambda M: getattr(M, f)(1.5))(fname))
        g.check(fname + ' nul', (lambda f: lambda M: getattr(M, f)('a\0b'))(fname))
    g.check('/dev/null', lambda M: (M.exists('/dev/null'), M.isfile('/dev/null'), M.isdir('/dev/null')))
    g.check('getsize', lambda M: M.getsize(os.path.join(tmp, 'file.txt')))
    g.check('getsize missing', lambda M: M.getsize(os.path.join(tmp, 'missing')))
    g.check('getsize None', lambda M: M.getsize(None))
    g.check('abspath', lambda M: [M.abspath(p) for p in PATHS])
    g.check('abspath bytes', lambda M: [M.abspath(p.encode()) for p in PATHS[:10]])
    g.check('abspath bad', lambda M: M.abspath(1))
    g.check('realpath plain', lambda M: M.realpath(os.path.join(tmp, 'sub/../file.txt')))
    g.check('relpath', lambda M: [attempt(M.relpath, p, s) for p in ('/a/b', 'x', '/a/b/c', '', '.')
                                  for s in (None, '/a', '/a/c/d', 'x', '/')])
    g.check('relpath bytes', lambda M: M.relpath(b'/a/b', b'/a/c'))
    g.check('relpath mixed', lambda M: M.relpath('/a/b', b'/a/c'))

    def expanduser(M):
        saved = os.environ.get('HOME')
        results = []
        try:
            for home in ('/home/someone', '/home/someone/', '/', ''):
                os.environ['HOME'] = home
                results.append([M.expanduser(p) for p in ('~', '~/', '~/x/y', 'x', '/~', '~~')])
                results.append(M.expanduser(b'~/b'))
        finally:
            if saved is None:
                del os.environ['HOME']
            else:
                os.environ['HOME'] = saved
        return results
    g.check('expanduser', expanduser)
    g.check('expanduser bad', lambda M: M.expanduser(1))

    def expandvars(M):
        os.environ['BZ_CHECK_A'] = 'alpha'
        os.environ['BZ_CHECK_B'] = 'b/é'
        os.environ.pop('BZ_CHECK_NONE', None)
        texts = ['$BZ_CHECK_A', '${BZ_CHECK_A}x', '$BZ_CHECK_Ax', '$BZ_CHECK_NONE/$BZ_CHECK_B',
                 'a$', '${', '${}', '$$BZ_CHECK_A', 'no vars', '$1x', '${BZ_CHECK_A', '$BZ_CHECK_B-$BZ_CHECK_A',
                 '${BZ_CHECK_NONE}${BZ_CHECK_A}', '$BZ_CHECK_B$BZ_CHECK_B']
        return [M.expandvars(t) for t in texts] + [M.expandvars(t.encode()) for t in texts]
    g.check('expandvars', expandvars)


################################################################################
# random
################################################################################

SEEDS = [0, 1, 42, 12345, 2 ** 40 + 7, -5, 2 ** 32, 2 ** 32 - 1, 2 ** 100 + 12345, 3 ** 200, 1.5, -2.25,
         True]


@group('random.core', 'random')
def _(g):
    def run(M, seed, fn, n=20):
        r = M.Random(seed)
        return [fn(r) for _ in range(n)]
    population = list('abcdefghijklmnopqrstuvwxyz')
    draws = [
        ('random', lambda r: r.random()),
        ('randint', lambda r: r.randint(1, 100)),
        ('randint big', lambda r: r.randint(-10 ** 30, 10 ** 30)),
        ('randrange', lambda r: r.randrange(10)),
        ('randrange step', lambda r: r.randrange(3, 1000, 7)),
        ('randrange negative step', lambda r: r.randrange(100, -100, -3)),
        ('choice', lambda r: r.choice(population)),
        ('choice range', lambda r: r.choice(range(1, 10 ** 12))),
        ('shuffle', lambda r: (lambda l: (r.shuffle(l), l)[1])(list(range(10)))),
        ('sample', lambda r: r.sample(range(50), 10)),
        ('sample set strategy', lambda r: r.sample(range(10000), 10)),
        ('sample small', lambda r: r.sample(population, 3)),
        ('sample all', lambda r: r.sample(population, 26)),
        ('sample counts', lambda r: r.sample(['red', 'blue'], 4, counts=[4, 2])),
        ('uniform', lambda r: r.uniform(-3, 7.5)),
        ('gauss', lambda r: r.gauss()),
        ('gauss params', lambda r: r.gauss(10, 2)),
        ('normalvariate', lambda r: r.normalvariate(1, 3)),
        ('lognormvariate', lambda r: r.lognormvariate(0, 0.5)),
        ('expovariate', lambda r: r.expovariate(1.5)),
        ('triangular', lambda r: r.triangular(0, 10, 2)),
        ('triangular default', lambda r: r.triangular()),
        ('vonmisesvariate', lambda r: r.vonmisesvariate(1.0, 4.0)),
        ('gammavariate >1', lambda r: r.gammavariate(2.5, 1.5)),
        ('gammavariate =1', lambda r: r.gammavariate(1.0, 2.0)),
        ('gammavariate <1', lambda r: r.gammavariate(0.5, 1.0)),
        ('betavariate', lambda r: r.betavariate(2, 3)),
        ('paretovariate', lambda r: r.paretovariate(2.0)),
        ('weibullvariate', lambda r: r.weibullvariate(1.0, 1.5)),
        ('getrandbits', lambda r: [r.getrandbits(k) for k in (1, 5, 31, 32, 33, 63, 64, 65, 100, 257)]),
        ('choices', lambda r: r.choices(population, k=5)),
        ('choices weights', lambda r: r.choices('abc', [1, 5, 10], k=5)),
        ('choices cum_weights', lambda r: r.choices('abc', cum_weights=[1, 5, 10], k=5)),
        ('randbytes', lambda r: r.randbytes(7)),
    ]
    for seed in SEEDS:
        for name, fn in draws:
            g.check('%s seed=%r' % (name, seed), (lambda s, f: lambda M: run(M, s, f))(seed, fn))

    def mixed(M, seed):
        r = M.Random(seed)
        out = []
        for i in range(200):
            out.append((r.random(), r.randint(0, i), r.gauss(), r.choice('xyz'), r.getrandbits(i % 70)))
        return out
    for seed in (0, 7, 99):
        g.check('mixed stream seed=%d' % seed, (lambda s: lambda M: mixed(M, s))(seed))
    g.check('long stream', lambda M: (lambda r: [r.random() for _ in range(3000)][-5:])(M.Random(2024)))
    g.check('getstate after seed', lambda M: M.Random(12345).getstate())
    g.check('getstate after use', lambda M: (lambda r: ([r.random() for _ in range(700)], r.gauss(), r.getstate())[2])(M.Random(3)))

    def setstate(M):
        r = M.Random(8)
        r.random()
        state = r.getstate()
        a = [r.random() for _ in range(5)]
        r.setstate(state)
        return a == [r.random() for _ in range(5)]
    g.check('setstate roundtrip', setstate)
    g.check('setstate from CPython', lambda M: (lambda r: (r.setstate(load_real('random').Random(77).getstate()),
                                                           r.random())[1])(M.Random()))
    g.check('seed method', lambda M: (lambda r: (r.seed(42), r.random(), r.seed(42), r.random()))(M.Random()))
    g.check('seed resets gauss', lambda M: (lambda r: (r.gauss(), r.seed(1), r.gauss()))(M.Random(1)))
    g.check('seed version 1', lambda M: [(lambda r: (r.seed(s, version=1), r.random())[1])(M.Random())
                                         for s in ('', 'a', 'hello', b'hello', 'é')])
    g.check('seed bad type', lambda M: M.Random([1]))
    g.check('seed bad type 2', lambda M: M.Random((1,)))
    g.check('unseeded differs', lambda M: M.Random().random() != M.Random().random())
    g.check('str seed deterministic', lambda M: M.Random('abc').random() == M.Random('abc').random())
    g.check('bytes seed deterministic', lambda M: M.Random(b'abc').random() == M.Random(bytearray(b'abc')).random())


@group('random.errors', 'random')
def _(g):
    R = lambda M: M.Random(5)
    g.check('randrange empty', lambda M: R(M).randrange(5, 5))
    g.check('randrange zero', lambda M: R(M).randrange(0))
    g.check('randrange negative', lambda M: R(M).randrange(-3))
    g.check('randrange zero step', lambda M: R(M).randrange(1, 10, 0))
    g.check('randrange empty step', lambda M: R(M).randrange(10, 1, 2))
    g.check('randrange empty step msg', lambda M: R(M).randrange(1, 10, -2))
    g.check('randrange float', lambda M: R(M).randrange(1.5))
    g.check('randrange float stop', lambda M: R(M).randrange(1, 2.5))
    g.check('randrange float step', lambda M: R(M).randrange(1, 5, 1.5))
    g.check('randrange str', lambda M: R(M).randrange('a'))
    g.check('randrange step no stop', lambda M: R(M).randrange(1, None, 2))
    g.check('randrange step 1 no stop', lambda M: R(M).randrange(10, None, 1))
    g.check('randint reversed', lambda M: R(M).randint(3, 1))
    g.check('randint equal', lambda M: R(M).randint(3, 3))
    g.check('choice empty', lambda M: R(M).choice([]))
    g.check('choice dict', lambda M: R(M).choice({}))
    g.check('sample set', lambda M: R(M).sample({1, 2}, 1))
    g.check('sample dict', lambda M: R(M).sample({1: 2}, 1))
    g.check('sample too many', lambda M: R(M).sample([1, 2], 3))
    g.check('sample negative', lambda M: R(M).sample([1, 2], -1))
    g.check('sample counts mismatch', lambda M: R(M).sample([1, 2], 1, counts=[1]))
    g.check('sample counts zero', lambda M: R(M).sample([1, 2], 1, counts=[0, 0]))
    g.check('sample counts float', lambda M: R(M).sample([1, 2], 1, counts=[1.5, 2]))
    g.check('sample string', lambda M: R(M).sample('abcdef', 3))
    g.check('sample tuple', lambda M: R(M).sample(tuple(range(100)), 3))
    g.check('choices k positional', lambda M: R(M).choices([1, 2], 3))
    g.check('choices weights mismatch', lambda M: R(M).choices([1, 2], [1]))
    g.check('choices zero weights', lambda M: R(M).choices([1, 2], [0, 0]))
    g.check('choices inf', lambda M: R(M).choices([1, 2], [1, float('inf')]))
    g.check('choices both', lambda M: R(M).choices([1, 2], [1, 1], cum_weights=[1, 2]))
    g.check('choices empty', lambda M: R(M).choices([], k=2))
    g.check('choices negative k', lambda M: R(M).choices([1, 2], k=-1))
    g.check('getrandbits negative', lambda M: R(M).getrandbits(-1))
    g.check('getrandbits zero', lambda M: R(M).getrandbits(0))
    g.check('getrandbits float', lambda M: R(M).getrandbits(1.5))
    g.check('shuffle tuple', lambda M: R(M).shuffle((1, 2)))
    g.check('gammavariate bad', lambda M: R(M).gammavariate(0, 1))
    g.check('triangular same', lambda M: R(M).triangular(2, 2))

    def module_level(M):
        M.seed(99)
        a = (M.random(), M.randint(1, 6), M.choice('abc'), M.uniform(1, 2), M.gauss(),
             M.sample(range(10), 3), M.randrange(10), M.getrandbits(40), M.choices('ab', k=3),
             M.normalvariate(), M.expovariate(2), M.triangular(), M.randbytes(3))
        lst = list(range(8))
        M.shuffle(lst)
        state = M.getstate()
        b = M.random()
        M.setstate(state)
        return a, lst, b == M.random()
    g.check('module functions', module_level)

    def subclass_random(M):
        class Fixed(M.Random):
            # Only random() overridden: integers must come from it.
            def __init__(self):
                super().__init__(0)
                self.values = [0.1, 0.5, 0.99, 0.3, 0.7, 0.2, 0.9, 0.4, 0.6, 0.8] * 10
                self.i = 0

            def random(self):
                self.i += 1
                return self.values[self.i - 1]
        r = Fixed()
        result = [r.randrange(10), r.randint(1, 6), r.choice('abcdef'), r.sample(range(20), 3)]
        lst = list(range(6))
        r.shuffle(lst)

        class Bits(M.Random):
            def getrandbits(self, k):
                return (2 ** k - 1) // 3
        return result, lst, Bits(1).randrange(1000), Bits(1).choice('abcdefgh')
    g.check('subclass overriding random', subclass_random)
    # Known difference: no SystemRandom.
    g.check('module names', lambda M: sorted(n for n in M.__all__ if n != 'SystemRandom'))


################################################################################
# heapq
################################################################################

@group('heapq', 'heapq')
def _(g):
    def pushes(M, seed):
        import random as real_random
        rng = real_random.Random(seed)
        heap = []
        log = []
        for i in range(300):
            op = rng.random()
            if op < 0.55 or not heap:
                M.heappush(heap, Key(rng.randint(0, 10), i))
            elif op < 0.75:
                log.append(M.heappop(heap))
            elif op < 0.85:
                log.append(M.heapreplace(heap, Key(rng.randint(0, 10), i)))
            else:
                log.append(M.heappushpop(heap, Key(rng.randint(0, 10), i)))
            log.append(list(heap))
        while heap:
            log.append(M.heappop(heap))
        return log
    for seed in range(5):
        g.check('operations seed=%d' % seed, (lambda s: lambda M: pushes(M, s))(seed))

    def heapify(M, n, seed):
        import random as real_random
        rng = real_random.Random(seed)
        data = [Key(rng.randint(0, n // 3 + 1), i) for i in range(n)]
        M.heapify(data)
        return data
    for n in (0, 1, 2, 7, 100, 3000, 5000):
        g.check('heapify n=%d' % n, (lambda n: lambda M: heapify(M, n, n))(n))
    g.check('heapsort', lambda M: (lambda h: (M.heapify(h), [M.heappop(h) for _ in range(len(h))])[1])([5, 1, 4, 1, 5, 9, 2, 6]))
    g.check('heappop empty', lambda M: M.heappop([]))
    g.check('heapreplace empty', lambda M: M.heapreplace([], 1))
    g.check('heappushpop empty', lambda M: M.heappushpop([], 1))
    g.check('heappushpop smaller', lambda M: (lambda h: (M.heappushpop(h, 0), h))([1, 2, 3]))
    g.check('heappushpop equal', lambda M: (lambda h: (M.heappushpop(h, Key(1, 'new')), h))([Key(1, 'old'), Key(2, 'x')]))
    g.check('heappush not list', lambda M: M.heappush(1, 2))
    g.check('heappush tuple', lambda M: M.heappush((), 2))
    g.check('heappop not list', lambda M: M.heappop(1))
    g.check('heapify not list', lambda M: M.heapify(1))
    g.check('heapreplace not list', lambda M: M.heapreplace(1, 1))
    g.check('heappushpop not list', lambda M: M.heappushpop(1, 1))
    g.check('uncomparable', lambda M: M.heappush([1], 'a'))

    def selection(M, fname, n, key, seed, as_iter):
        import random as real_random
        rng = real_random.Random(seed)
        data = [Key(rng.randint(0, 20), i) for i in range(60)]
        source = iter(data) if as_iter else data
        if key:
            return getattr(M, fname)(n, source, key=lambda k: -k.key)
        return getattr(M, fname)(n, source)
    for fname in ('nsmallest', 'nlargest'):
        for n in (-1, 0, 1, 2, 5, 30, 59, 60, 100):
            for key in (False, True):
                for as_iter in (False, True):
                    g.check('%s n=%d key=%s iter=%s' % (fname, n, key, as_iter),
                            (lambda f, n, k, i: lambda M: selection(M, f, n, k, n + 3, i))(fname, n, key, as_iter))
    g.check('nsmallest plain', lambda M: M.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
    g.check('nlargest plain', lambda M: M.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
    g.check('nlargest key', lambda M: M.nlargest(2, ['bb', 'a', 'ccc', 'dd'], key=len))
    g.check('nsmallest not iterable', lambda M: M.nsmallest(2, 5))
    g.check('nsmallest zero not iterable', lambda M: M.nsmallest(0, 5))
    g.check('nsmallest str n', lambda M: M.nsmallest('a', [1]))
    g.check('nsmallest empty', lambda M: (M.nsmallest(1, []), M.nlargest(3, []), M.nlargest(3, iter([]))))


################################################################################
# bisect
################################################################################

@group('bisect', 'bisect')
def _(g):
    data = [1, 2, 2, 2, 3, 5, 8, 8, 13]
    xs = [0, 1, 2, 3, 4, 8, 13, 14]
    for fname in ('bisect_left', 'bisect_right', 'bisect'):
        g.checks(fname, (lambda f: lambda M, x: getattr(M, f)(data, x))(fname), xs)
        g.checks(fname + ' lo hi', (lambda f: lambda M, x: [attempt(getattr(M, f), data, x, lo, hi)
                                                            for lo in (0, 2, 5) for hi in (None, -1, -2, 3, 9, 20)])(fname), xs)
        g.checks(fname + ' key', (lambda f: lambda M, x: getattr(M, f)([(v, str(v)) for v in data], x,
                                                                        key=lambda t: t[0]))(fname), xs)
        g.check(fname + ' negative lo', (lambda f: lambda M: getattr(M, f)(data, 1, -1))(fname))
        g.check(fname + ' bad lo', (lambda f: lambda M: getattr(M, f)(data, 1, 'a'))(fname))
        g.check(fname + ' no len', (lambda f: lambda M: getattr(M, f)(1, 1))(fname))
        g.check(fname + ' tuple', (lambda f: lambda M: getattr(M, f)((1, 2, 3), 2))(fname))
    for fname in ('insort_left', 'insort_right', 'insort'):
        g.check(fname, (lambda f: lambda M: (lambda a: ([getattr(M, f)(a, x) for x in [5, 1, 3, 3, 9, 0, 5]], a)[1])([]))(fname))
        g.check(fname + ' ties', (lambda f: lambda M: (lambda a: ([getattr(M, f)(a, Key(k, i)) for i, k in enumerate([2, 1, 2, 1, 3, 2])], a)[1])([]))(fname))
        g.check(fname + ' key', (lambda f: lambda M: (lambda a: ([getattr(M, f)(a, (k, i), key=lambda t: t[0])
                                                                  for i, k in enumerate([2, 1, 2, 1, 3, 2])], a)[1])([]))(fname))
        g.check(fname + ' lo hi', (lambda f: lambda M: (lambda a: (getattr(M, f)(a, 4, 1, 3), a)[1])([1, 2, 9, 3, 4]))(fname))
        g.check(fname + ' not list', (lambda f: lambda M: getattr(M, f)((1, 2), 1))(fname))


################################################################################
# operator
################################################################################

class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def method(self, *args, **kwargs):
        return ('method', args, sorted(kwargs.items()))


@group('operator', 'operator')
def _(g):
    binary = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_',
              'or_', 'xor', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'is_', 'is_not', 'concat', 'contains',
              'getitem', 'countOf', 'indexOf']
    pairs = [(7, 3), (-7, 2), (2.5, 2), (0, 0), ('ab', 'b'), ([1, 2], [2]), ((1, 2), 1), (True, 3),
             ({1, 2}, {2, 3}), ([1, 2, 1], 1), ('abc', 0), (None, None), (1, 'a')]
    import copy as real_copy
    fresh = lambda p: [real_copy.copy(x) for x in p]     # in-place ops must not share
    for fname in binary:
        g.checks(fname, (lambda f: lambda M, p: getattr(M, f)(*fresh(p)))(fname), pairs)
    unary = ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']
    values = [5, -3, 0, 2.5, True, 'a', [], [0], None, Idx(4)]
    for fname in unary:
        g.checks(fname, (lambda f: lambda M, v: getattr(M, f)(v))(fname), values)
    inplace = ['iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift',
               'iand', 'ior', 'ixor', 'iconcat']
    for fname in inplace:
        g.checks(fname, (lambda f: lambda M, p: getattr(M, f)(*fresh(p)))(fname), pairs[:8])
    g.check('iadd list in place', lambda M: (lambda l: (M.iadd(l, [3]) is l, l))([1]))
    g.check('matmul', lambda M: M.matmul(1, 2))
    g.check('setitem delitem', lambda M: (lambda l: (M.setitem(l, 0, 'x'), M.delitem(l, 1), l)[2])([1, 2, 3]))
    g.check('length_hint', lambda M: (M.length_hint([1, 2]), M.length_hint(5), M.length_hint(5, 7),
                                      M.length_hint(M.itemgetter(1))))
    g.check('length_hint bad default', lambda M: M.length_hint(5, 'a'))
    g.check('call', lambda M: M.call(max, 1, 5, key=None))
    g.check('dunder aliases', lambda M: (M.__add__(1, 2), M.__getitem__('ab', 1), M.__not__(1), M.__abs__(-1)))
    g.check('itemgetter', lambda M: (M.itemgetter(1)('abc'), M.itemgetter(0, 2)('abc'), M.itemgetter('k')({'k': 1})))
    g.check('itemgetter slice', lambda M: M.itemgetter(slice(1, None))('abc'))
    g.check('itemgetter repr', lambda M: (repr(M.itemgetter(1)), repr(M.itemgetter(1, 'a')), repr(M.itemgetter((1, 2)))))
    g.check('itemgetter none', lambda M: M.itemgetter())
    g.check('itemgetter missing', lambda M: M.itemgetter(5)([1]))
    g.check('itemgetter sort', lambda M: sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=M.itemgetter(1)))
    obj = Obj(a=Obj(b=Obj(c=3)), x=1, y=2)
    g.check('attrgetter', lambda M: (M.attrgetter('x')(obj), M.attrgetter('x', 'y')(obj), M.attrgetter('a.b.c')(obj),
                                     M.attrgetter('a.b.c', 'x')(obj)))
    g.check('attrgetter repr', lambda M: (repr(M.attrgetter('x')), repr(M.attrgetter('a.b', 'c'))))
    g.check('attrgetter missing', lambda M: M.attrgetter('a.zz')(obj))
    g.check('attrgetter bad', lambda M: M.attrgetter(1))
    g.check('attrgetter none', lambda M: M.attrgetter())
    g.check('attrgetter builtin', lambda M: M.attrgetter('real', 'imag')(1 + 2j))
    g.check('methodcaller', lambda M: (M.methodcaller('method')(obj), M.methodcaller('method', 1, k=2)(obj),
                                       M.methodcaller('upper')('abc'), M.methodcaller('split', ',')('a,b')))
    g.check('methodcaller self/name kw', lambda M: M.methodcaller('method', self=1, name=2)(obj))
    g.check('methodcaller repr', lambda M: (repr(M.methodcaller('f')), repr(M.methodcaller('f', 1, 'a', k=[2]))))
    g.check('methodcaller bad', lambda M: M.methodcaller(1))
    g.check('methodcaller none', lambda M: M.methodcaller())
    g.check('methodcaller missing', lambda M: M.methodcaller('nope')(obj))


################################################################################
# copy
################################################################################

class Plain:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Plain(%r)' % (self.v,)


class WithHooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return 'copied %r' % (self.v,)

    def __deepcopy__(self, memo):
        return ('deep', self.v, type(memo).__name__)


class WithState:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {'a': 99}


class WithSetState:
    def __init__(self):
        self.a = 1

    def __setstate__(self, state):
        self.a = ('set', state)


class WithReduce:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (WithReduce, (self.v + 1,))


class WithNewArgs:
    def __new__(cls, v):
        self = object.__new__(cls)
        self.v = v
        return self

    def __getnewargs__(self):
        return (self.v * 10,)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyTuple(tuple):
    pass


class MyInt(int):
    pass


class MyError(ValueError):
    pass


@group('copy', 'copy')
def _(g):
    g.check('atomic', lambda M: [M.copy(x) is x for x in (1, 1.5, 'a', b'b', None, (1, 2), frozenset([1]),
                                                          len, Plain, range(3), True, 1j)])
    g.check('deep atomic', lambda M: [M.deepcopy(x) is x for x in (1, 1.5, 'a', b'b', None, len, Plain,
                                                                   range(3), (1, 2), frozenset([1]))])
    g.check('list', lambda M: (lambda l: (M.copy(l), M.copy(l) is l, M.copy(l)[1] is l[1]))([1, [2]]))
    g.check('dict', lambda M: (lambda d: (M.copy(d), M.copy(d)['b'] is d['b']))({'a': 1, 'b': [2]}))
    g.check('set', lambda M: (M.copy({1, 2}), M.deepcopy({1, 2}), M.deepcopy(frozenset([3]))))
    g.check('bytearray', lambda M: (M.copy(bytearray(b'ab')), M.deepcopy(bytearray(b'ab'))))
    g.check('deep list', lambda M: (lambda l: (M.deepcopy(l), M.deepcopy(l)[1] is l[1]))([1, [2]]))
    g.check('deep dict', lambda M: (lambda d: (M.deepcopy(d), M.deepcopy(d)['b'] is d['b']))({'a': 1, 'b': [2]}))
    g.check('deep tuple', lambda M: (lambda t: (M.deepcopy(t), M.deepcopy(t) is t, M.deepcopy(t)[1] is t[1]))((1, [2])))
    g.check('deep tuple immutable', lambda M: (lambda t: M.deepcopy(t) is t)((1, (2, 'x'))))

    def cycles(M):
        l = [1]
        l.append(l)
        c = M.deepcopy(l)
        d = {}
        d['self'] = d
        dc = M.deepcopy(d)
        t = ([],)
        t[0].append(t)
        tc = M.deepcopy(t)
        return repr(c), c[1] is c, repr(dc), dc['self'] is dc, tc[0][0] is tc, tc is not t
    g.check('cycles', cycles)

    def shared(M):
        x = [1]
        memo = {}
        y = M.deepcopy([x, x, (x,)], memo)
        return y[0] is y[1], y[2][0] is y[0], y[0] is x, len(memo)
    g.check('shared and memo', shared)
    g.check('instance', lambda M: (lambda p: (repr(M.copy(p)), M.copy(p).v is p.v, M.deepcopy(p).v is p.v,
                                              type(M.copy(p)).__name__))(Plain([1])))
    g.check('hooks', lambda M: (M.copy(WithHooks(1)), M.deepcopy(WithHooks(1)), M.deepcopy([WithHooks(2)])))
    g.check('getstate', lambda M: (M.copy(WithState()).a, M.deepcopy(WithState()).a))
    g.check('setstate', lambda M: (M.copy(WithSetState()).a, M.deepcopy(WithSetState()).a))
    g.check('reduce', lambda M: (M.copy(WithReduce(1)).v, M.deepcopy(WithReduce(1)).v))
    g.check('getnewargs', lambda M: (M.copy(WithNewArgs(2)).v, M.deepcopy(WithNewArgs(2)).v))
    g.check('list subclass', lambda M: (lambda b: (repr(M.copy(b)), type(M.copy(b)).__name__, M.copy(b).attr,
                                                   M.deepcopy(b)[1] is b[1], M.deepcopy(b).attr))(
        (lambda b: (setattr(b, 'attr', 5), b)[1])(MyList([1, [2]]))))
    g.check('dict subclass', lambda M: (lambda d: (repr(M.copy(d)), type(M.deepcopy(d)).__name__,
                                                   M.deepcopy(d)['k'] is d['k']))(MyDict(k=[1])))
    g.check('set subclass', lambda M: (repr(M.copy(MySet([1]))), repr(M.deepcopy(MySet([1])))))
    g.check('tuple subclass', lambda M: (repr(M.copy(MyTuple([1, [2]]))), type(M.copy(MyTuple([1]))).__name__,
                                         repr(M.deepcopy(MyTuple([1, [2]])))))
    g.check('int subclass', lambda M: (repr(M.copy(MyInt(5))), type(M.deepcopy(MyInt(5))).__name__))
    g.check('exception', lambda M: (lambda e: (repr(M.copy(e)), M.copy(e).z, repr(M.deepcopy(e))))(
        (lambda e: (setattr(e, 'z', 3), e)[1])(MyError(1, [2]))))
    g.check('module', lambda M: M.copy(sys))
    g.check('deep module', lambda M: M.deepcopy(sys))
    g.check('class', lambda M: (M.copy(Plain) is Plain, M.deepcopy(Plain) is Plain))
    g.check('function', lambda M: (M.copy(normalize) is normalize, M.deepcopy(normalize) is normalize))

    def bound_method(M):
        p = Plain([1])
        holder = [p.__repr__]
        c = M.deepcopy([p, holder])
        return c[1][0].__self__ is c[0], c[1][0](), M.copy(p.__repr__)()
    g.check('bound method', bound_method)
    g.check('error class', lambda M: (M.Error.__name__, M.error is M.Error, issubclass(M.Error, Exception)))


################################################################################
# Module-wide checks
################################################################################

def _module_names_check(g):
    # Every public name Baozi's module offers must exist in CPython's.
    for name in MODULES:
        def names(M, name=name):
            module = mod(name)
            public = getattr(load_baozi(name), '__all__', None)
            if public is None:
                public = [n for n in dir(load_baozi(name)) if not n.startswith('_')]
            return sorted(n for n in public if not hasattr(module, n))
        g.check('names exist in CPython: ' + name, (lambda f: lambda M: f(M) if FLAVOUR == 'baozi' else [])(names))


@group('module names', 'string')
def _(g):
    _module_names_check(g)


################################################################################
# Static checks: the language subset Baozi supports
################################################################################

ALLOWED_IMPORTS = set(MODULES) | {'_os', 'sys', 'math'}


def source_problems(path):
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read(), path)
    problems = []
    for node in ast.walk(tree):
        where = '%s:%d' % (os.path.basename(path), getattr(node, 'lineno', 0))
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            problems.append(where + ' yield')
        elif isinstance(node, ast.GeneratorExp):
            problems.append(where + ' generator expression')
        elif isinstance(node, (ast.AsyncFunctionDef, ast.Await, ast.AsyncFor, ast.AsyncWith)):
            problems.append(where + ' async')
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ('exec', 'eval'):
            problems.append(where + ' ' + node.func.id)
        elif isinstance(node, ast.Attribute) and node.attr == '_getframe':
            problems.append(where + ' sys._getframe')
        elif isinstance(node, ast.Name) and node.id == '__slots__':
            problems.append(where + ' __slots__')
        elif isinstance(node, ast.ClassDef) and any(k.arg == 'metaclass' for k in node.keywords):
            problems.append(where + ' metaclass')
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name not in ALLOWED_IMPORTS:
                    problems.append(where + ' import ' + alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level or node.module not in ALLOWED_IMPORTS:
                problems.append(where + ' from %s import' % node.module)
    return problems


def run_static(verbose):
    failures = []
    for name in MODULES:
        for problem in source_problems(os.path.join(LIB, name + '.py')):
            failures.append(problem)
    print('%-34s %4d checks  %s' % ('language subset', len(MODULES),
                                    'ok' if not failures else 'FAILED %d' % len(failures)))
    for problem in failures:
        print('    ' + problem)
    return len(MODULES) - min(len(failures), len(MODULES)), min(len(failures), len(MODULES))


################################################################################

def main(argv):
    # randrange() with floats warns in CPython 3.11; the checks use it on purpose.
    warnings.simplefilter('ignore', DeprecationWarning)
    verbose = '-v' in argv
    selected = [a for a in argv if not a.startswith('-')]
    total_passed = total_failed = 0
    if not selected:
        passed, failed = run_static(verbose)
        total_passed += passed
        total_failed += failed
    for title, module_name, builder in GROUPS:
        if selected and not any(s in title for s in selected):
            continue
        passed, failed = run_group(title, module_name, builder, verbose)
        total_passed += passed
        total_failed += failed
    print('%d passed, %d failed' % (total_passed, total_failed))
    return 1 if total_failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
