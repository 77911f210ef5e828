"""Baozi's stand-in for greenlet's `greenlet.tests` package __init__.

greenlet's own __init__ wraps every test in reference-count leak checks and
waits for OS threads and C-level clean-ups (psutil, greenlet._greenlet,
gc.get_objects): CPython internals that have no meaning on Baozi.  This one
offers the names the test files import, with the checks left out.
"""
import sys
import unittest

PY312 = sys.version_info[:2] >= (3, 12)
PY313 = sys.version_info[:2] >= (3, 13)
PY314 = sys.version_info[:2] >= (3, 14)
WIN = sys.platform.startswith("win")
RUNNING_ON_GITHUB_ACTIONS = RUNNING_ON_TRAVIS = RUNNING_ON_APPVEYOR = None
RUNNING_ON_CI = RUNNING_ON_MANYLINUX = None
RUNNING_ON_FREETHREAD_BUILD = False


class TestCase(unittest.TestCase):
    expect_greenlet_leak = False

    def wait_for_pending_cleanups(self, *args):
        pass
