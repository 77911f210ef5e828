# Generators suspend and resume at every kind of point, on both evaluators: yield as a value
# and a statement, send/throw/close (also through yield from chains and into iterator classes
# with send/throw/close), return values, finally/with clean-ups, sys.exc_info(), gi_* attributes.
import sys

def lines():
    yield 1
    x = 2
    yield x

g = lines()
print(g.gi_frame.f_lineno, g.gi_running, g.gi_suspended)
next(g)
print(g.gi_frame.f_lineno, g.gi_running, g.gi_suspended)
next(g)
print(g.gi_frame.f_lineno)
for _ in g: pass
print(g.gi_frame)

def running():
    print("running?", me.gi_running)
    yield 1
me = running()
next(me)

def excinfo():
    try:
        raise KeyError("k")
    except KeyError:
        print("in", sys.exc_info()[0].__name__)
        yield 1
        print("after", sys.exc_info()[0].__name__)
    print("out", sys.exc_info()[0])
    yield 2

g = excinfo()
next(g)
print("caller", sys.exc_info()[0])
try:
    raise ValueError("v")
except ValueError:
    next(g)
    print("caller again", sys.exc_info()[0].__name__)

def pep479():
    yield 1
    raise StopIteration("x")
try:
    list(pep479())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

def ret_in_finally():
    try:
        yield 1
        return 5
    finally:
        print("cleanup")
g = ret_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False

def withgen():
    with CM():
        yield 1
        yield 2
g = withgen()
next(g)
g.close()
g = withgen()
next(g)
try:
    g.throw(KeyError("t"))
except KeyError as e:
    print("propagated", e)

class Counter:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration("fin")
        return self.i

def deleg():
    r = yield from Counter(3)
    print("counter returned", r)
print(list(deleg()))

class Echo:
    def __init__(self): self.log = []
    def __iter__(self): return self
    def __next__(self): return "n"
    def send(self, v):
        self.log.append(v)
        if v == "stop":
            raise StopIteration("echo done")
        return "s:" + str(v)
    def throw(self, *a):
        self.log.append("throw")
        return "thrown"
    def close(self):
        print("Echo closed")

def deleg2(e):
    r = yield from e
    print("echo returned", r)
    yield "end"

e = Echo()
g = deleg2(e)
print(next(g), g.send(1), g.throw(ValueError), g.send("stop"), e.log)
g = deleg2(Echo())
next(g)
g.close()

def inner():
    try:
        yield "i1"
        yield "i2"
    except ValueError as e:
        print("inner caught", e)
        yield "i3"
    finally:
        print("inner finally")
    return "ret"

def middle():
    r = yield from inner()
    print("middle got", r)
    yield "m"

def outer():
    try:
        yield from middle()
    finally:
        print("outer finally")

g = outer()
print(next(g), g.throw(ValueError("x")), next(g))
g.close()
g = outer()
next(g)
g.close()
print(g.gi_frame)

def tb():
    yield 1
    1 / 0
def use():
    for x in tb():
        pass
import traceback
try:
    use()
except ZeroDivisionError as e:
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])

def gen_in_gen():
    for x in (i * 2 for i in range(3)):
        yield x
    yield from (c for c in "ab")
print(list(gen_in_gen()))

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def started():
    yield 1
g = started()
try:
    g.send(5)
except TypeError as e:
    print(e)
g = started()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("early", e)
print(list(g))

def self_ref():
    yield next(me2)
me2 = self_ref()
try:
    next(me2)
except ValueError as e:
    print(e)

def gen_return_value():
    x = yield
    return x * 2
def drive():
    v = yield from gen_return_value()
    return v
g = drive()
next(g)
try:
    g.send(21)
except StopIteration as e:
    print("drive", e.value)

def loopy():
    for i in range(3):
        try:
            yield i
        finally:
            print("f", i)
        if i == 1:
            break
    else:
        print("no")
print(list(loopy()))
