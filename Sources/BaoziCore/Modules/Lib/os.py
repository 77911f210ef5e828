"""Operating-system services: a thin layer over Baozi's native `_os` module."""

import sys
import _os
import posixpath as path

# As in CPython, `import os.path` finds the path module under this name.
sys.modules['os.path'] = path

name = 'posix'
sep = '/'
curdir = '.'
pardir = '..'
linesep = '\n'


class _RefusedEnviron:
    """os.environ when the host has not granted the environment: every use raises the
    PermissionError that reading it raised, so that importing os still works."""

    def __init__(self, error):
        self._error = error

    def _refuse(self, *args, **kwargs):
        raise PermissionError(self._error)

    __getitem__ = __setitem__ = __delitem__ = __contains__ = __iter__ = __len__ = _refuse
    get = keys = items = values = copy = setdefault = pop = update = _refuse

    def __repr__(self):
        return 'environ(<not granted>)'


try:
    environ = _os.environ()
except PermissionError as _error:
    environ = _RefusedEnviron(str(_error))
    del _error


def getcwd():
    return _os.getcwd()


def getenv(key, default=None):
    value = _os.getenv(key)
    return default if value is None else value


def remove(filename):
    _os.remove(filename)


unlink = remove


def listdir(directory='.'):
    return _os.listdir(directory)
