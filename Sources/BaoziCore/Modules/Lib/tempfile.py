"""Temporary files and directories: gettempdir, mkdtemp, mkstemp, TemporaryDirectory,
NamedTemporaryFile and TemporaryFile, with CPython's naming (prefix 'tmp', 8 random characters)."""

import os
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_characters = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = _random.Random()


def _random_name():
    return ''.join(_rng.choice(_characters) for _ in range(8))


def gettempprefix():
    return template


def _candidate_dirs():
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        value = os.getenv(name)
        if value:
            yield value
    yield '/tmp'
    yield '/var/tmp'
    yield '/usr/tmp'
    yield os.getcwd()


def gettempdir():
    """The directory for temporary files: $TMPDIR, $TEMP, $TMP or /tmp, the first usable."""
    global tempdir
    if tempdir is None:
        for directory in _candidate_dirs():
            if os.path.isdir(directory):
                tempdir = os.path.abspath(directory)
                break
        else:
            raise FileNotFoundError(2, 'No usable temporary directory found in %s'
                                    % list(_candidate_dirs()))
    return tempdir


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory only this process knows the name of, and returns its path."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file and returns (an open file standing for the descriptor, its path).

    Baozi has no raw file descriptors: the first item is the file object opened for writing."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        if os.path.exists(file):
            continue
        handle = open(file, 'w' if text else 'wb')
        return handle, os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary file name found")


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a `name`, removed from the disk when closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    os.remove(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    name = mktemp(suffix, prefix, dir)
    open(name, 'w').close()
    file = open(name, mode, buffering, encoding, errors, newline)
    return _TemporaryFileWrapper(file, os.path.abspath(name), delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True,
                              errors=errors)


SpooledTemporaryFile = TemporaryFile


class TemporaryDirectory:
    """A directory removed with everything in it when the `with` block (or cleanup()) ends."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._removed and os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._removed = True
