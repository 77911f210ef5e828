# contextlib: contextmanager, suppress, closing, nullcontext, redirect_*, ExitStack, ABC.
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        redirect_stdout, redirect_stderr, AbstractContextManager, ContextDecorator)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("b") as t:
    print("inside", t)

try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def keeps_going():
    try:
        yield
    except ZeroDivisionError:
        yield


try:
    with keeps_going():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def converting():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e


try:
    with converting():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError:", e, "cause:", repr(e.__cause__))


# A contextmanager used as a decorator gets a fresh generator per call.
@tag("call")
def work(x):
    print("work", x)
    return x * 2


print(work(1), work(2))
print(tag.__name__, work.__name__)

# suppress
with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
with suppress(ZeroDivisionError):
    pass
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with suppress():
    pass


# closing
class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print("using", type(r).__name__)

# nullcontext
with nullcontext() as n:
    print("nullcontext gives", n)
with nullcontext(42) as n:
    print("nullcontext gives", n)

# redirect_stdout / redirect_stderr
class Buffer:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self.parts)


buf = Buffer()
with redirect_stdout(buf) as target:
    print("hidden line")
    print("second", 2)
print(target is buf, repr(buf.getvalue()))
err = Buffer()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

# ExitStack
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("x", "y")]
    stack.callback(print, "callback", "args", sep="|")
    print("names", names)
print("stack done")

with ExitStack() as stack:
    stack.push(lambda *exc: print("push saw", exc[0].__name__ if exc[0] else None))
    raise_it = False


def suppressing_exit(exc_type, exc, tb):
    print("exit got", exc_type.__name__)
    return True


with ExitStack() as stack:
    stack.push(suppressing_exit)
    raise OSError("gone")
print("suppressed by ExitStack")

stack = ExitStack()
stack.callback(print, "later")
moved = stack.pop_all()
stack.close()
print("nothing yet")
moved.close()

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("first")
except ZeroDivisionError as e:
    print("ZeroDivisionError with context", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(3)
except TypeError as e:
    print("TypeError:", e)


# AbstractContextManager and ContextDecorator
class Manual:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


print(issubclass(Manual, AbstractContextManager), isinstance(Manual(), AbstractContextManager))
print(issubclass(int, AbstractContextManager), isinstance(suppress(), AbstractContextManager))


class Simple(AbstractContextManager):
    def __exit__(self, *a):
        print("Simple exit")


with Simple() as s:
    print("entered", type(s).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)


class announce(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit")
        return False


@announce()
def decorated():
    print("body")


decorated()
