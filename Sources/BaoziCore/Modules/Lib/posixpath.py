"""Common operations on POSIX pathnames.

Baozi's os.path.  The pure string functions accept str, bytes and
os.PathLike objects like CPython's; the ones that look at the file system
or the environment go through the native module _os:

    _os.stat_kind(path)  -> 'file', 'dir', 'other' or 'missing'
    _os.getcwd()         -> str
    _os.getsize(path)    -> int (raises FileNotFoundError etc.)
    _os.getenv(name)     -> str or None
"""

import _os

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'commonpath', 'getsize',
           'exists', 'isdir', 'isfile', 'expanduser', 'expandvars',
           'normpath', 'abspath', 'realpath', 'relpath', 'curdir', 'pardir',
           'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _fspath(path):
    """os.fspath(): str and bytes pass, os.PathLike objects convert."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(path).__name__, type(result).__name__))


def _check_arg_types(funcname, *args):
    # Called after a failure: explain which argument was wrong.
    hasstr = hasbytes = False
    for arg in args:
        if isinstance(arg, str):
            hasstr = True
        elif isinstance(arg, bytes):
            hasbytes = True
        else:
            raise TypeError('%s() argument must be str, bytes, or os.PathLike '
                            'object, not %r' % (funcname, type(arg).__name__)) from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _seps(path):
    # The separator and the special names, in the type of the path.
    if isinstance(path, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = _fspath(a)
    try:
        parts = [_fspath(b) for b in p]
    except TypeError:
        _check_arg_types('join', a, *p)
        raise
    for b in parts:
        if isinstance(b, bytes) != isinstance(a, bytes):
            _check_arg_types('join', a, *parts)
    separator = _seps(a)[0]
    path = a
    for b in parts:
        if b.startswith(separator):
            path = b
        elif not path or path.endswith(separator):
            path += b
        else:
            path += separator + b
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = _fspath(p)
    separator = _seps(p)[0]
    i = p.rfind(separator) + 1
    head, tail = p[:i], p[i:]
    if head and head != separator * len(head):
        head = head.rstrip(separator)
    return head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = _fspath(p)
    separator, dot = _seps(p)[0], _seps(p)[1]
    sep_index = p.rfind(separator)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # A name made of leading dots only (".profile") has no extension.
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    i = p.rfind(_seps(p)[0]) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    separator = _seps(p)[0]
    i = p.rfind(separator) + 1
    head = p[:i]
    if head and head != separator * len(head):
        head = head.rstrip(separator)
    return head


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    separator, dot, dotdot = _seps(path)
    if not path:
        return dot
    initial_slashes = 0
    if path.startswith(separator):
        initial_slashes = 1
        # POSIX allows one or two initial slashes, but treats three or more
        # as a single slash.
        if path.startswith(separator * 2) and not path.startswith(separator * 3):
            initial_slashes = 2
    new_comps = []
    for comp in path.split(separator):
        if not comp or comp == dot:
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps)
                or (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = separator.join(new_comps)
    if initial_slashes:
        path = separator * initial_slashes + path
    return path or dot


def _cwd_like(path):
    cwd = _os.getcwd()
    if isinstance(path, bytes):
        return cwd.encode()
    return cwd


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        path = join(_cwd_like(path), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename.

    Baozi cannot read symbolic links yet, so this is abspath(): links in
    the path are not resolved."""
    return abspath(filename)


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError('no path specified')
    path = _fspath(path)
    separator, dot, dotdot = _seps(path)
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    if isinstance(start, bytes) != isinstance(path, bytes):
        _check_arg_types('relpath', path, start)
    start_list = [x for x in abspath(start).split(separator) if x]
    path_list = [x for x in abspath(path).split(separator) if x]
    # Work out how much of the filepath is shared by start and path.
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    # Lists of path components are compared component by component.
    if not isinstance(m[0], (list, tuple)):
        m = tuple([_fspath(p) for p in m])
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple([_fspath(p) for p in paths])
    for p in paths:
        if isinstance(p, bytes) != isinstance(paths[0], bytes):
            _check_arg_types('commonpath', *paths)
    separator, dot = _seps(paths[0])[0], _seps(paths[0])[1]
    absolute = set([p[:1] == separator for p in paths])
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(separator) if c and c != dot] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            common = s1[:i]
            break
    prefix = separator if True in absolute else separator[:0]
    return prefix + separator.join(common)


################################################################################
# File system queries
################################################################################

def _stat_path(path, function):
    """The path as a str for _os, or None if it cannot name a file."""
    if isinstance(path, int) and not isinstance(path, bool):
        # A file descriptor: not supported by _os, treated as no file.
        return None
    if not isinstance(path, (str, bytes)):
        if getattr(type(path), '__fspath__', None) is None:
            raise TypeError('%s: path should be string, bytes, os.PathLike or '
                            'integer, not %s' % (function, type(path).__name__))
        path = _fspath(path)
    if isinstance(path, bytes):
        path = path.decode()
    if '\0' in path:
        return None
    return path


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    path = _stat_path(path, 'stat')
    if path is None:
        return False
    return _os.stat_kind(path) != 'missing'


def isfile(path):
    """Test whether a path is a regular file"""
    path = _stat_path(path, 'stat')
    if path is None:
        return False
    return _os.stat_kind(path) == 'file'


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    s = _stat_path(s, 'stat')
    if s is None:
        return False
    return _os.stat_kind(s) == 'dir'


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    original = filename
    filename = _stat_path(filename, 'stat')
    if filename is None:
        if isinstance(original, int):
            raise OSError('getsize() of a file descriptor is not supported')
        raise ValueError('stat: embedded null character in path')
    return _os.getsize(filename)


################################################################################
# Environment
################################################################################

def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = _fspath(path)
    separator = _seps(path)[0]
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    i = path.find(separator, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        # ~user: Baozi has no password database to look users up in.
        return path
    userhome = _os.getenv('HOME')
    if userhome is None:
        return path
    if isinstance(path, bytes):
        userhome = userhome.encode()
    userhome = userhome.rstrip(separator)
    return (userhome + path[i:]) or separator


_WORD_CHARS = '0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _find_variable(path, start):
    """Find the next $name or ${name} at or after start, as CPython's
    pattern \\$(\\w+|\\{[^}]*\\}) with ASCII \\w would.  Returns
    (begin, end, name) or None; name keeps its braces."""
    dollar = path.find('$', start)
    while dollar >= 0:
        k = dollar + 1
        if k < len(path) and path[k] in _WORD_CHARS:
            end = k
            while end < len(path) and path[end] in _WORD_CHARS:
                end += 1
            return dollar, end, path[k:end]
        if k < len(path) and path[k] == '{':
            close = path.find('}', k + 1)
            if close >= 0:
                return dollar, close + 1, path[k:close + 1]
        dollar = path.find('$', dollar + 1)
    return None


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = _fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        # Work on a str with one character per byte, and back.
        return _expandvars(path.decode('latin-1'), True).encode('latin-1')
    if '$' not in path:
        return path
    return _expandvars(path, False)


def _expandvars(path, as_bytes):
    i = 0
    while True:
        found = _find_variable(path, i)
        if found is None:
            break
        i, j, name = found
        if name.startswith('{') and name.endswith('}'):
            name = name[1:-1]
        if as_bytes:
            name = name.encode('latin-1').decode()
        value = _os.getenv(name)
        if value is None:
            i = j
        else:
            if as_bytes:
                value = value.encode().decode('latin-1')
            tail = path[j:]
            path = path[:i] + value
            i = len(path)
            path += tail
    return path


def _stat_result(path):
    import os
    return os.stat(path)


def getmtime(filename):
    return _stat_result(filename).st_mtime


def getatime(filename):
    return _stat_result(filename).st_atime


def getctime(filename):
    return _stat_result(filename).st_ctime


def islink(path):
    import os
    try:
        mode = os.lstat(path).st_mode
    except (OSError, ValueError):
        return False
    return mode & 0o170000 == 0o120000


def lexists(path):
    import os
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def samefile(f1, f2):
    import os
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
