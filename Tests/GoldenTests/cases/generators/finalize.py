# Suspended generators that become garbage are closed: their finally blocks and with exits
# run (CPython at once; Baozi at the next collection). Markers print after gc.collect().
import gc

class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

def with_finally(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

def with_context(name):
    with Resource(name):
        yield 'r'

g = with_finally('a')
next(g)
del g
gc.collect()
print("after collect 1")

h = with_context('ctx')
next(h)
h = None
gc.collect()
print("after collect 2")

def cycle():
    me = yield
    try:
        yield 'in cycle'
    finally:
        print("cycle generator finalized")
c = cycle()
next(c)
c.send(c)
c = None
gc.collect()
print("after collect 3")

def counted(log):
    try:
        yield
    except GeneratorExit:
        log.append('closed')
        raise
log = []
for _ in range(100):
    g = counted(log)
    next(g)
g = None
gc.collect()
print("closed", len(log))

def never_started():
    try:
        yield
    finally:
        print("never printed")
n = never_started()
del n
finished = with_finally('done')
list(finished)
del finished
gc.collect()
print("after collect 4", gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), type(gc.collect()).__name__)

def inner():
    try:
        yield 'i'
    finally:
        print("inner finalized")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finalized")
o = outer()
next(o)
del o
gc.collect()
print("after collect 5")

keep = with_finally('kept until exit')
next(keep)
print("end of program")
