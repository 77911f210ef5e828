"""The platform a program runs on: system, machine, release, node, uname, and which Python."""

import os
import sys

__all__ = ['architecture', 'machine', 'node', 'platform', 'processor', 'python_build',
           'python_compiler', 'python_implementation', 'python_version', 'python_version_tuple',
           'release', 'system', 'uname', 'version']


class uname_result(tuple):
    """(system, node, release, version, machine, processor), as CPython's 3.11 platform gives."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    def __new__(cls, system, node, release, version, machine, processor=''):
        return tuple.__new__(cls, (system, node, release, version, machine, processor))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    processor = property(lambda self: self[5])

    def __repr__(self):
        return 'uname_result(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(self._fields, self))


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        sysname, nodename, release_, version_, machine_ = os.uname()
        _uname_cache = uname_result(sysname, nodename, release_, version_, machine_, machine_)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('64bit', 'ELF')


def python_implementation():
    """'Baozi': the interpreter running this program (CPython says 'CPython')."""
    return 'Baozi'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_build():
    return ('main', '')


def python_compiler():
    return 'Swift'


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '%s-%s-%s-with-glibc' % (u.system, u.release, u.machine)
