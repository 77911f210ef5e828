"""Baozi's sysconfig: the build configuration of the interpreter.

Baozi is not built from CPython's Makefile, so it has no build variables:
get_config_var() answers None for every name (as CPython does for a name it
does not know), and get_config_vars() an empty dict.
"""

import sys

__all__ = ['get_config_var', 'get_config_vars', 'get_python_version']


def get_config_vars(*names):
    if names:
        return [None for _ in names]
    return {}


def get_config_var(name):
    return None


def get_python_version():
    return '%d.%d' % sys.version_info[:2]
