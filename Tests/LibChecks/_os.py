"""Stand-in for Baozi's native module _os, for running the Lib modules
under python3.  Same functions and contracts as the native one."""

import os as _real_os


def stat_kind(path):
    """'file', 'dir', 'other' or 'missing' (follows symbolic links)."""
    try:
        st = _real_os.stat(path)
    except (OSError, ValueError):
        return 'missing'
    import stat
    if stat.S_ISREG(st.st_mode):
        return 'file'
    if stat.S_ISDIR(st.st_mode):
        return 'dir'
    return 'other'


def getcwd():
    return _real_os.getcwd()


def getsize(path):
    return _real_os.stat(path).st_size


def getenv(name):
    return _real_os.environ.get(name)


def urandom_int():
    """A random non-negative int (here: 2496 bits, like CPython's seeding)."""
    return int.from_bytes(_real_os.urandom(312), 'little')
