"""Object-oriented paths (POSIX): PurePath/PurePosixPath for path arithmetic and Path/PosixPath
for the file system, with the common methods of CPython's pathlib."""

import os
import fnmatch
import posixpath

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(parts):
    """(root, [names]) of the joined path strings, normalised as pathlib does."""
    root = ''
    names = []
    for part in parts:
        if isinstance(part, PurePath):
            part = str(part)
        elif not isinstance(part, str):
            part = os.fspath(part)
            if not isinstance(part, str):
                raise TypeError("argument should be a str or an os.PathLike object where "
                                "__fspath__ returns a str, not %r" % type(part).__name__)
        if part.startswith('/'):
            root = '//' if part.startswith('//') and not part.startswith('///') else '/'
            names = []
        for name in part.split('/'):
            if name and name != '.':
                names.append(name)
    return root, names


class PurePath:
    """A path as text: joining, splitting and comparing, without touching the file system."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._names = _parse(args)
        return self

    @classmethod
    def _from_parsed(cls, root, names):
        self = object.__new__(cls)
        self._root = root
        self._names = list(names)
        return self

    def __str__(self):
        text = self._root + '/'.join(self._names)
        return text or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def __bytes__(self):
        return os.fsencode(self) if hasattr(os, 'fsencode') else str(self).encode()

    def _key(self):
        return (self._root, self._names)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_for_compare() < other._parts_for_compare()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_for_compare() <= other._parts_for_compare()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_for_compare() > other._parts_for_compare()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_for_compare() >= other._parts_for_compare()

    def _parts_for_compare(self):
        return self.parts

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return self._from_parts((self,) + args)

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._names)
        return tuple(self._names)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._from_parsed(self._root, self._names[:-1])

    @property
    def parents(self):
        result = []
        path = self
        while path._names:
            path = path.parent
            result.append(path)
        return tuple(result)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._names[:-1] + [name])

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = self._from_parts(other)
        n = len(base._names)
        if base._root != self._root or self._names[:n] != base._names:
            formatted = str(base)
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and "
                             "the other is absolute.".format(str(self), formatted))
        return self._from_parsed('', self._names[n:])

    def match(self, path_pattern):
        pattern = self._from_parts((path_pattern,))
        if not pattern._names:
            raise ValueError("empty pattern")
        if pattern._root:
            if pattern._root != self._root or len(pattern._names) != len(self._names):
                return False
        elif len(pattern._names) > len(self._names):
            return False
        for name, pat in zip(reversed(self._names), reversed(pattern._names)):
            if not fnmatch.fnmatchcase(name, pat):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class PureWindowsPath(PurePath):
    def __new__(cls, *args):
        raise NotImplementedError("pathlib.PureWindowsPath is not supported by Baozi")


class Path(PurePath):
    """A path on the file system: the PurePath operations and the file operations."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts((os.getcwd(), self))

    def resolve(self, strict=False):
        path = posixpath.normpath(posixpath.abspath(str(self)))
        if strict and not os.path.exists(path):
            raise FileNotFoundError(2, 'No such file or directory', path)
        return self._from_parts((path,))

    def expanduser(self):
        return self._from_parts((os.path.expanduser(str(self)),))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        return os.path.exists(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def samefile(self, other_path):
        return os.path.samefile(str(self), str(other_path))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from_parsed(self._root, self._names + [name])

    def glob(self, pattern):
        import glob as _glob
        base = str(self)
        for found in _glob.glob(pattern, root_dir=base, recursive='**' in pattern):
            yield self._from_parts((self, found))

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        data = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        open(str(self), 'a').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return self.__class__(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return self.__class__(target)

    def chmod(self, mode, *, follow_symlinks=True):
        raise NotImplementedError("Path.chmod() is not supported by Baozi")


class PosixPath(Path, PurePosixPath):
    pass


class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
