"""Baozi's stand-in for greenlet's tests/leakcheck.py: its decorators mark tests
whose reference counts CPython checks; there is nothing to check here."""


def _unchanged(*args, **kwargs):
    if len(args) == 1 and callable(args[0]) and not kwargs:
        return args[0]
    return lambda func: func


fails_leakcheck = ignores_leakcheck = _unchanged
fails_leakcheck_on_py314_or_less = _unchanged


def ignores_leakcheck_if(*args, **kwargs):
    return _unchanged


def wrap_refcount(method):
    return method
