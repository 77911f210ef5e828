# throw() and close() handed down `yield from` chains, to generators and other iterators.
def inner():
    try:
        x = yield 1
        print("inner got", x)
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield 'iv'
        return 'inner-ret'
    finally:
        print("inner finally")
    return 'done'

def middle():
    r = yield from inner()
    print("middle got", r)
    return r

def outer():
    try:
        r = yield from middle()
        print("outer got", r)
        yield 'last'
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.send('hello'))
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom)
print(g.throw(ValueError('v1')))
print(type(g.gi_yieldfrom).__name__)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

print("-- close through three levels")
g = outer()
next(g)
print(g.close())
print("closed", g.gi_frame, g.gi_yieldfrom)

print("-- unhandled throw leaves every level")
g = outer()
next(g)
try:
    g.throw(KeyError, 'kk')
except KeyError as e:
    print("KeyError out", e)
print(g.gi_frame)

print("-- inner returns on throw: yield from evaluates to its value")
def catcher():
    try:
        yield 'c1'
    except ZeroDivisionError:
        return 'caught-zde'
def wrap():
    v = yield from catcher()
    print("wrap got", v)
    yield 'after'
g = wrap()
next(g)
print(g.throw(ZeroDivisionError))

print("-- non-generator sub-iterators")
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(42)
        return self.i
    def throw(self, *a):
        print("It.throw", [type(x).__name__ for x in a])
        if isinstance(a[0], IndexError):
            raise StopIteration('from-throw')
        if a[0] is TypeError:
            raise TypeError(*a[1:])
        return 'thrown'
    def close(self):
        print("It.close")

def d():
    r = yield from It()
    print("d got", r)
    return r

g = d()
print(next(g))
print(g.throw(KeyError('k')))
print(g.throw(KeyError, 'k2'))
print(next(g))
g.close()
print(list(d()))
g = d()
next(g)
try:
    g.throw(IndexError('ix'))
except StopIteration as e:
    print("d finished with", e.value)
g = d()
next(g)
try:
    g.throw(TypeError, 'bad')
except TypeError as e:
    print("TypeError out:", e)

class NoClose:
    def __iter__(self): return self
    def __next__(self): return 1
def d2():
    try:
        yield from NoClose()
    except GeneratorExit:
        print("GE in d2")
        raise
g = d2()
next(g)
g.close()
g = d2()
next(g)
try:
    g.throw(IndexError('ix'))
except IndexError as e:
    print("propagated", e)
print(g.gi_frame)

print("-- sub-iterator close raising")
class BadClose:
    def __iter__(self): return self
    def __next__(self): return 'b'
    def close(self): raise OSError('close failed')
def d3():
    try:
        yield from BadClose()
    except OSError as e:
        print("d3 sees", e)
        yield 'ignored'
g = d3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

print("-- inner ignores GeneratorExit")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'no'
def host():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print("host sees", e)
        raise
g = host()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close raised", e)

print("-- inner returns on GeneratorExit: outer still closes")
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("polite exits")
        return 5
def host2():
    try:
        r = yield from polite()
        print("never", r)
    finally:
        print("host2 finally")
g = host2()
next(g)
print(g.close())

print("-- throw(GeneratorExit) closes the sub-iterator first")
def host3():
    try:
        yield from polite()
    except GeneratorExit as e:
        print("host3 got GeneratorExit", type(e).__name__)
        raise
g = host3()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit out")

print("-- gi_running during delegation")
def watcher():
    yield outer_gen.gi_running
    yield outer_gen.gi_frame is not None
def outer2():
    yield from watcher()
outer_gen = outer2()
print(next(outer_gen), next(outer_gen))
