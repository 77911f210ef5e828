# Protocol errors, each as CPython 3.11 words it.
def gen():
    yield 1
    yield 2

g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(g))

def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(me.gi_frame)

def leaks_stop():
    yield 1
    raise StopIteration('oops')
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)

def next_in_gen():
    it = iter([])
    yield next(it)
try:
    for x in next_in_gen():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def returns():
    yield 1
    return 'val'
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(r)
except StopIteration as e:
    print("again:", e.value, e.args)
try:
    r.send('x')
except StopIteration as e:
    print("send to finished:", e.value)

def stubborn(flag):
    while flag:
        try:
            yield 'x'
        except GeneratorExit:
            print("ignoring")
flag = [1]
s = stubborn(flag)
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(s.gi_frame is not None)
flag.clear()
print(s.close(), s.gi_frame)

u = gen()
print(u.close(), u.close())
try:
    next(u)
except StopIteration:
    print("unstarted closed is finished")
f = gen()
list(f)
print(f.close())

def close_returns():
    try:
        yield 1
    except GeneratorExit:
        return 'ret'
c = close_returns()
next(c)
print("close() of a returning generator:", c.close())

def close_raises():
    try:
        yield 1
    finally:
        raise KeyError('in finally')
c = close_raises()
next(c)
try:
    c.close()
except KeyError as e:
    print("KeyError from close:", e)

t = gen()
try:
    t.throw(ValueError('unstarted'))
except ValueError as e:
    print("unstarted throw:", e, t.gi_frame)

t = gen()
for a in [('not an exception',), (ValueError(1), 2), (int,)]:
    try:
        t.throw(*a)
    except TypeError as e:
        print("TypeError:", e)
t = gen()
next(t)
try:
    t.throw(ValueError, ValueError('inst'))
except ValueError as e:
    print("throw(Type, instance):", repr(e))
t = gen()
next(t)
try:
    t.throw(ValueError, ('a', 'b'))
except ValueError as e:
    print("throw(Type, tuple):", repr(e))
t = gen()
next(t)
try:
    t.throw(ValueError, 'v', None)
except ValueError as e:
    print("throw 3 args:", repr(e))
try:
    next(t)
except StopIteration:
    print("finished after throw")

def gexp():
    return (x for x in 5)
try:
    gexp()
except TypeError as e:
    print("TypeError:", e)
