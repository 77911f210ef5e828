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
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
error = OSError


class _Environ(dict):
    """os.environ: a dict whose changes also change the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _os.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        _os.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % item for item in self.items())




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
    environ = _Environ(_os.environ())
except PermissionError as _error:
    environ = _RefusedEnviron(str(_error))
    del _error


def getcwd():
    return _os.getcwd()


def getenv(key, default=None):
    value = _os.getenv(key)
    return default if value is None else value


def remove(filename):
    _os.unlink(fspath(filename))


unlink = remove


def listdir(directory='.'):
    if directory is None:
        directory = '.'
    return _os.listdir(fspath(directory))


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


def getpid():
    return _os.getpid()


def getppid():
    return _os.getppid()


def getuid():
    return _os.getuid()


def getgid():
    return _os.getgid()


def cpu_count():
    return _os.cpu_count()


def strerror(code):
    return _os.strerror(code)


def isatty(fd):
    return _os.isatty(fd)


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    result = method(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(path).__name__, type(result).__name__))
    return result


class PathLike:
    """The protocol of objects that stand for a path (with __fspath__)."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__') or NotImplemented


def chdir(path):
    _os.chdir(fspath(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(fspath(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Makes a directory and any missing parents; an existing one is an error unless exist_ok."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _os.rmdir(fspath(path))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst):
    _os.rename(fspath(src), fspath(dst))


replace = rename


class stat_result:
    """What stat() returns: st_mode, st_size, st_mtime... and the first ten as a tuple."""

    n_sequence_fields = 10
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, values):
        self._values = tuple(values)
        for name, value in zip(self._fields, self._values):
            setattr(self, name, value)
        for name in ('st_atime', 'st_mtime', 'st_ctime'):
            setattr(self, name + '_ns', int(getattr(self, name) * 1000000000))

    def __getitem__(self, index):
        value = self._values[index]
        if isinstance(index, int) and 7 <= index % 10 <= 9:
            return int(value)
        return value

    def __len__(self):
        return 10

    def __iter__(self):
        return iter([self[i] for i in range(10)])

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._values == other._values

    def __repr__(self):
        parts = ['%s=%r' % (name, self[i]) for i, name in enumerate(self._fields)]
        return 'os.stat_result(%s)' % ', '.join(parts)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os.stat(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_os.stat(fspath(path), False))


def access(path, mode):
    try:
        stat(path)
    except OSError:
        return False
    return True


class DirEntry:
    """One entry of scandir(): its name and path, and what kind of file it is."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path) if hasattr(path, 'islink') else False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = [DirEntry(directory, name) for name in listdir(directory)]
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= len(self._entries):
            raise StopIteration
        self._index += 1
        return self._entries[self._index - 1]

    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False

    def close(self):
        pass


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(dirpath, dirnames, filenames) for top and each directory below it."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for name in names:
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not (hasattr(path, 'islink') and path.islink(new_path)):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not (hasattr(path, 'islink') and path.islink(new_path)):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def uname():
    return uname_result(*_os.uname())


class uname_result(tuple):
    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')

    def __new__(cls, sysname, nodename, release, version, machine):
        return tuple.__new__(cls, (sysname, nodename, release, version, machine))

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return 'posix.uname_result(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(self._fields, self))


def get_terminal_size(fd=1):
    columns = int(environ.get('COLUMNS', 80))
    lines = int(environ.get('LINES', 24))
    return terminal_size((columns, lines))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % self
