# open() accepts an os.PathLike; files opened for reading seek and tell; sys.intern.
import os
import sys
import tempfile
from pathlib import Path

folder = tempfile.mkdtemp()
path = Path(folder) / "data.bin"
with open(str(path), "wb") as f:
    f.write(b"hello world\n")
with open(path, "rb") as f:
    print(f.read(5), f.tell())
    print(f.seek(0), f.read(5))
    print(f.seek(-6, 2), f.read())
    print(f.seek(2, 0), f.seek(3, 1), f.read(1))
with open(path, "r") as f:
    print(repr(f.read(3)), f.seek(0), repr(f.readline()))
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except ValueError as e:
        print(type(e).__name__, e)
class Custom:
    def __fspath__(self):
        return str(path)
with open(Custom()) as f:
    print(repr(f.read()))
try:
    open(3.5)
except TypeError as e:
    print(e)
os.remove(str(path))
os.rmdir(folder)
s = sys.intern("".join(["ab", "cd"]))
print(s is sys.intern("abcd"), s)
try:
    sys.intern(b"x")
except TypeError as e:
    print(e)
