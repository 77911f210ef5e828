"""Generates Sources/BaoziCore/Runtime/NativeSignatures.swift from python3 (the oracle).

For every method of the builtin types (generators' too) and every function of `builtins` and
`math`, it records how many
positional arguments CPython accepts, which keywords, and the exact TypeError messages CPython
gives for too few, too many and unknown keyword arguments ({n}: the count given; {k}: the
keyword). Baozi checks calls against this table before a native body runs.
Run: python3 Tests/Fuzz/gen_native_signatures.py > Sources/BaoziCore/Runtime/NativeSignatures.swift
"""
import builtins, inspect, math, re

TYPES = [object, type(None), bool, int, float, complex, str, bytes, bytearray, list, tuple, dict,
         set, frozenset, range, slice, type({}.keys()), type({}.values()), type({}.items()),
         type(x for x in ())]
MODULES = [builtins, math]
# Builtins whose Baozi versions take arguments of their own (REPL helpers) are left unchecked.
UNCHECKED_FUNCTIONS = {'builtins.help', 'builtins.exit', 'builtins.quit', 'builtins.copyright',
                       'builtins.credits', 'builtins.license', 'builtins.breakpoint'}


def probe(fn, args, kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        return str(e)
    except Exception:
        return None
    return None


def template(msg, n):
    if msg is None:
        return None
    msg = re.sub(r'\(%d given\)' % n, '({n} given)', msg)
    msg = re.sub(r'got %d\b' % n, 'got {n}', msg)
    return msg


def signature(fn, drop_self):
    try:
        sig = inspect.signature(fn)
    except (ValueError, TypeError):
        return None
    params = list(sig.parameters.values())
    if drop_self:
        params = params[1:]
    lo = hi = 0
    keywords = []
    for p in params:
        if p.kind == p.VAR_POSITIONAL:
            hi = 99
        elif p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            hi += 1
            if p.default is p.empty:
                lo += 1
            if p.kind == p.POSITIONAL_OR_KEYWORD:
                keywords.append(p.name)
        elif p.kind == p.KEYWORD_ONLY:
            keywords.append(p.name)
        elif p.kind == p.VAR_KEYWORD:
            return None
    return lo, hi, keywords


COUNT_ERROR = re.compile(r'argument.*(given|got \d)|takes no arguments')
NO_SIGNATURE_SKIP = {'update', 'format', 'format_map', '__getnewargs__', '__alloc__', '__round__'}


def probed_signature(t, name):
    """For methods without a text signature: the counts of zeros CPython accepts (0 to 5)."""
    if name in NO_SIGNATURE_SKIP:
        return None
    accepted = []
    for n in range(6):
        msg = probe(getattr(sample(t), name), [0] * n, {})
        if msg is None or not COUNT_ERROR.search(msg):
            accepted.append(n)
    if not accepted:
        return None
    return min(accepted), (99 if 5 in accepted else max(accepted)), []


def sample(t):
    return {object: object(), type(None): None, bool: True, int: 1, float: 1.5, complex: 1j,
            str: 'a', bytes: b'a', bytearray: bytearray(b'a'), list: [1], tuple: (1,),
            dict: {1: 1}, set: {1}, frozenset: frozenset({1}), range: range(3),
            slice: slice(1), type({}.keys()): {}.keys(), type({}.values()): {}.values(),
            type({}.items()): {}.items(), type(x for x in ()): (x for x in ())}[t]


def entries():
    for t in TYPES:
        inst = sample(t)
        for name, attr in sorted(vars(t).items()):
            if not callable(attr) or isinstance(attr, (staticmethod, classmethod, type)):
                continue
            if type(attr).__name__ not in ('method_descriptor', 'wrapper_descriptor'):
                continue
            if name in ('__new__', '__init__', '__init_subclass__', '__subclasshook__', '__reduce_ex__'):
                continue
            sig = signature(attr, True) or probed_signature(t, name)
            if sig is None:
                continue
            lo, hi, kws = sig
            bound = getattr(inst, name)
            few = template(probe(bound, [0] * (lo - 1), {}), lo - 1) if lo > 0 else None
            many = template(probe(bound, [0] * (hi + 1), {}), hi + 1) if hi < 99 else None
            kw = probe(bound, [0] * lo, {'zzz': 1})
            if kw is not None:
                kw = kw.replace("'zzz'", "'{k}'").replace('zzz', '{k}')
            yield '%s.%s' % (t.__name__, name), lo, hi, kws, few, many, kw, type(attr).__name__ == 'wrapper_descriptor'
    for m in MODULES:
        for name, fn in sorted(vars(m).items()):
            if not callable(fn) or name.startswith('_') or isinstance(fn, type):
                continue
            if '%s.%s' % (m.__name__, name) in UNCHECKED_FUNCTIONS:
                continue
            sig = signature(fn, False)
            if sig is None:
                continue
            lo, hi, kws = sig
            few = template(probe(fn, [0] * (lo - 1), {}), lo - 1) if lo > 0 else None
            many = template(probe(fn, [0] * (hi + 1), {}), hi + 1) if hi < 99 else None
            kw = probe(fn, [0] * lo, {'zzz': 1})
            if kw is not None:
                kw = kw.replace("'zzz'", "'{k}'").replace('zzz', '{k}')
                if 'keyword' not in kw:
                    # The zeros failed first (sorted(0) is not iterable): try empty tuples.
                    kw = (probe(fn, [()] * lo, {'zzz': 1}) or '').replace("'zzz'", "'{k}'")
                    if 'keyword' not in kw:
                        kw = "'{k}' is an invalid keyword argument for %s()" % name
            yield '%s.%s' % (m.__name__, name), lo, hi, kws, few, many, kw, False


def swift(s):
    return 'nil' if s is None else '"%s"' % s.replace('\\', '\\\\').replace('"', '\\"')


print('// Generated by Tests/Fuzz/gen_native_signatures.py from python3: do not edit by hand.')
print('// What CPython accepts for each native method and math function, and its TypeError messages.')
print()
print('let nativeSignatureTable: [String: NativeSignature] = [')
for key, lo, hi, kws, few, many, kw, slot in entries():
    print('    "%s": NativeSignature(min: %d, max: %d, keywords: [%s], isSlot: %s,' % (
        key, lo, hi, ', '.join('"%s"' % k for k in kws), 'true' if slot else 'false'))
    print('                          tooFew: %s, tooMany: %s, badKeyword: %s),' % (swift(few), swift(many), swift(kw)))
print(']')
