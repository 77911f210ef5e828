"""Functions to run when the program ends: the interpreter calls `_run_exitfuncs` once the main
module has finished (normally, by sys.exit or by an uncaught exception)."""

import sys

_exithandlers = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    _exithandlers[:] = [entry for entry in _exithandlers if entry[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Calls the registered functions, last registered first; an error is reported and the
    remaining functions still run."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            import traceback
            print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
            traceback.print_exception(e, file=sys.stderr)
