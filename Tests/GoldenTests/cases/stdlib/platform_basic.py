# platform: the running system (values differ per machine: their types and shapes are checked).
import os
import platform
import sys

print(platform.system(), platform.system() == os.uname().sysname)
print(isinstance(platform.release(), str), platform.release() == os.uname().release)
print(platform.machine() == os.uname().machine, platform.node() == os.uname().nodename)
u = platform.uname()
print(len(u), u.system == platform.system(), u[0] == u.system, type(u).__name__)
print(platform.python_version().startswith("3.11"), platform.python_version_tuple()[:2])
print(platform.python_implementation() in ("CPython", "Baozi"), isinstance(platform.platform(), str))
print(platform.platform().startswith("Linux-"), platform.architecture()[0])
print(sys.platform, os.name, os.uname().sysname)
