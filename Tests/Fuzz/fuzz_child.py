# Run by baozi under Tests/Fuzz/fuzz_builtins.py: calls builtins, methods of builtin types and
# functions of shipped modules with hostile arguments, one call after another. Before each call
# it writes "@@ <index>" to stdout, so the driver knows which call was running when the process
# died or stopped making progress.
#
#   baozi fuzz_child.py START STOP STEP    (indexes into the call list; --list prints it)

import sys
import builtins

SKIPPED_BUILTINS = {'open', 'input', 'exit', 'quit', 'help', 'breakpoint', 'print', 'copyright',
                    'credits', 'license', '__build_class__', '__import__', 'exec', 'eval', 'compile',
                    # Baozi's gevent builtins: sleep(10**30) waits as asked.
                    'sleep', 'spawn', 'joinall'}
# Modules whose functions touch the process, the files, the network or the clock are not fuzzed.
MODULES = ['math', 'itertools', 'functools', 'operator', 'string', 're', 'json', 'struct', 'base64',
           'binascii', 'textwrap', 'hashlib', 'random', 'collections', 'heapq', 'bisect', 'copy',
           'statistics', 'fractions', 'unicodedata', 'codecs', 'difflib', 'keyword', 'pprint',
           'fnmatch', 'posixpath', 'datetime', 'weakref', 'csv', 'secrets', 'uuid', 'types',
           'dataclasses', 'enum', 'contextlib', 'abc', 'numbers', 'typing']
SKIPPED_MODULE_FUNCTIONS = {'random.seed', 'pprint.pprint', 'pprint.pp', 'secrets.token_bytes',
                            'secrets.token_hex', 'secrets.token_urlsafe', 'random.randbytes'}


class Raising:
    """Every dunder raises."""
    def _boom(self, *args, **kwargs):
        raise RuntimeError('boom')
    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __hash__ = _boom
    __len__ = __iter__ = __next__ = __index__ = __int__ = __float__ = __bool__ = _boom
    __getitem__ = __setitem__ = __contains__ = __repr__ = __str__ = __format__ = _boom
    __add__ = __radd__ = __mul__ = __rmul__ = __call__ = __enter__ = __exit__ = _boom


class WrongTypes:
    """Every dunder answers with a value of the wrong type."""
    def __eq__(self, other): return 'yes'
    def __lt__(self, other): return None
    def __hash__(self): return 7
    def __len__(self): return 'long'
    def __iter__(self): return 5
    def __index__(self): return 1.5
    def __int__(self): return 'int'
    def __float__(self): return 'float'
    def __bool__(self): return 2
    def __repr__(self): return 3
    def __str__(self): return None
    def __getitem__(self, i): return self
    def __format__(self, spec): return 4


class Huge:
    """Claims sizes no machine holds."""
    def __len__(self): return sys.maxsize
    def __index__(self): return 2**62
    def __length_hint__(self): return 2**62
    def __iter__(self): return iter(())


def self_list():
    a = [1]
    a.append(a)
    return a


def self_dict():
    d = {}
    d['d'] = d
    return d


def deep_tuple():
    t = ()
    for _ in range(20000):
        t = (t,)
    return t


def deep_list():
    t = []
    for _ in range(20000):
        t = [t]
    return t


def generator():
    yield 1
    yield 'two'


def dead_generator():
    g = generator()
    list(g)
    return g


ARGUMENTS = [
    ('None', lambda: None), ('0', lambda: 0), ('-1', lambda: -1), ('2**63', lambda: 2**63),
    ('-2**63-1', lambda: -2**63 - 1), ('10**30', lambda: 10**30), ('2**62', lambda: 2**62),
    ('1.5', lambda: 1.5), ('nan', lambda: float('nan')), ('inf', lambda: float('inf')),
    ('-inf', lambda: float('-inf')), ('True', lambda: True), ("''", lambda: ''),
    ("'abc'", lambda: 'abc'), ("'\\udcff'", lambda: '\udcff'), ("b'\\xff'", lambda: b'\xff'),
    ('bytearray', lambda: bytearray(b'ab')), ('self_list', self_list), ('self_dict', self_dict),
    ('deep_tuple', deep_tuple), ('deep_list', deep_list), ('generator', generator),
    ('dead_generator', dead_generator), ('Raising()', Raising), ('WrongTypes()', WrongTypes),
    ('Huge()', Huge), ('object()', object), ('[Raising()]', lambda: [Raising()]),
    ('{Raising(): 1}', lambda: {WrongTypes(): Raising()}), ('range(10**18)', lambda: range(10**18)),
    ('int', lambda: int), ('len', lambda: len), ('slice(None)', lambda: slice(None)),
    ('frozenset({1})', lambda: frozenset({1})), ('(1, 2)', lambda: (1, 2)), ('{1: 2}', lambda: {1: 2}),
]


def sample_instances():
    return [('list', lambda: [3, 1, 2]), ('dict', lambda: {'a': 1, 2: 'b'}), ('set', lambda: {1, 2}),
            ('frozenset', lambda: frozenset({1})), ('str', lambda: 'ab c'), ('bytes', lambda: b'ab'),
            ('bytearray', lambda: bytearray(b'ab')), ('tuple', lambda: (1, 'a')), ('int', lambda: 7),
            ('float', lambda: 2.5), ('bool', lambda: True), ('None', lambda: None),
            ('range', lambda: range(5)), ('slice', lambda: slice(1, 5, 2)), ('object', object),
            ('dict_keys', lambda: {1: 2}.keys()), ('dict_items', lambda: {1: 2}.items()),
            ('list_iterator', lambda: iter([1, 2])), ('generator', generator),
            ('function', lambda: sample_function), ('type', lambda: int)]


def sample_function(x=1):
    return x


def targets():
    """(name, factory of the callable) for everything fuzzed, in a fixed order."""
    out = []
    for name in sorted(dir(builtins)):
        obj = getattr(builtins, name)
        if callable(obj) and name not in SKIPPED_BUILTINS:
            out.append(('builtins.' + name, lambda obj=obj: obj))
            if isinstance(obj, type):
                try:
                    own = sorted(vars(obj))
                except TypeError:
                    own = []
                for attr in own:
                    if attr in ('__del__',):
                        continue
                    out.append(('%s.%s' % (name, attr), lambda obj=obj, attr=attr: getattr(obj, attr)))
    for kind, make in sample_instances():
        for attr in sorted(dir(make())):
            if attr in ('__del__', '__init_subclass__', '__class__'):
                continue
            out.append(('%s().%s' % (kind, attr), lambda make=make, attr=attr: getattr(make(), attr)))
    for module_name in MODULES:
        try:
            module = __import__(module_name)
        except Exception:
            continue
        for attr in sorted(vars(module)):
            full = '%s.%s' % (module_name, attr)
            if attr.startswith('_') or full in SKIPPED_MODULE_FUNCTIONS:
                continue
            if callable(vars(module)[attr]):
                out.append((full, lambda module=module, attr=attr: getattr(module, attr)))
    return out


def shapes():
    """(text, factory of (args, kwargs)) for the argument lists every target is called with."""
    n = len(ARGUMENTS)
    out = [('()', lambda: ((), {}))]
    for name, make in ARGUMENTS:
        out.append(('(%s)' % name, lambda make=make: ((make(),), {})))
    for i, (name, make) in enumerate(ARGUMENTS):
        other_name, other = ARGUMENTS[(i * 7 + 3) % n]
        out.append(('(%s, %s)' % (name, other_name), lambda make=make, other=other: ((make(), other()), {})))
    for name, make in ARGUMENTS[::5]:
        out.append(('(%s, %s, %s)' % (name, name, name), lambda make=make: ((make(), make(), make()), {})))
    out.append(('(x=None)', lambda: ((), {'x': None})))
    out.append(('(0, key=Raising())', lambda: ((0,), {'key': Raising()})))
    return out


ARITY_SHAPES = [('()', (), {}), ('(0, 0, 0, 0, 0, 0, 0)', (0,) * 7, {}), ('(zzz=1)', (), {'zzz': 1}),
                ('(0, zzz=1)', (0,), {'zzz': 1})]


def main():
    all_targets = targets()
    all_shapes = shapes()
    total = len(all_targets) * len(all_shapes)
    write = sys.stdout.write
    flush = sys.stdout.flush
    if sys.argv[1:2] == ['--count']:
        print(total)
        return
    if sys.argv[1:2] == ['--count-targets']:
        print(len(all_targets))
        return
    if sys.argv[1:2] == ['--describe']:
        for text in sys.argv[2:]:
            i = int(text)
            print(i, all_targets[i // len(all_shapes)][0] + '\t' + all_shapes[i % len(all_shapes)][0])
        return
    if sys.argv[1:2] == ['--arity']:
        # Calls every target with argument lists no callable accepts so often that one
        # interpreter taking them and the other not is telling (see compare_arity.py): no
        # arguments, seven zeros and an unknown keyword. Prints "name<TAB>shape<TAB>outcome".
        start, stop = int(sys.argv[2]), int(sys.argv[3])
        for i in range(start, min(stop, len(all_targets))):
            name, make = all_targets[i]
            for shape, args, kwargs in ARITY_SHAPES:
                write('@@ %d\n' % i)
                flush()
                try:
                    make()(*args, **kwargs)
                    outcome = 'ok'
                except BaseException as e:
                    outcome = type(e).__name__
                write('\n== %s\t%s\t%s\n' % (name, shape, outcome))
        write('@@ done\n')
        flush()
        return
    if sys.argv[1:2] == ['--run-named']:
        # The same call by name (the lists differ between interpreters): python3's timing of it.
        fn = dict(all_targets)[sys.argv[2]]()
        args, kwargs = dict(all_shapes)[sys.argv[3]]()
        try:
            fn(*args, **kwargs)
        except BaseException:
            pass
        return
    start, stop, step = (int(a) for a in sys.argv[1:4])
    for i in range(start, min(stop, total), step):
        write('@@ %d\n' % i)
        flush()
        try:
            fn = all_targets[i // len(all_shapes)][1]()
            args, kwargs = all_shapes[i % len(all_shapes)][1]()
            fn(*args, **kwargs)
        except BaseException:
            pass
    write('@@ done\n')
    flush()


main()
