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
environ = _os.environ()


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
