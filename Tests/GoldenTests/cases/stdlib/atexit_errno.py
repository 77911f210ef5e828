# atexit runs registered functions at the end, last first; errno's numbers and names.
import atexit
import errno
import os


def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)


def never():
    print("unregistered: never printed")


atexit.register(goodbye, "world")
atexit.register(goodbye, "again", punctuation="?")
atexit.register(never)
atexit.unregister(never)


@atexit.register
def decorated():
    print("decorated runs first")


try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.errorcode[11], len(errno.errorcode) > 100)
try:
    open("/nonexistent/file/for/errno")
except OSError as e:
    print(e.errno == errno.ENOENT, type(e).__name__)
print("main body done")
