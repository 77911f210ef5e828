# `yield` as an expression wherever an expression may stand.
def echo():
    x = yield
    print("x =", x)
    y = yield x + 1
    print("y =", y)
    print((yield))
    z = f((yield 'a'), 'b')
    print("z =", z)
    d = {'k': (yield 'dict')}
    print(d)
    t = (yield 1), (yield 2)
    print(t)
    s = yield from ()
    print("s =", s)
    return (yield 'last') or 'default'

def f(a, b):
    return a + b

g = echo()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send('printed'))
print(g.send('A'))
print(g.send('dv'))
print(g.send('t1'))
try:
    print(g.send('t2'))
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def in_blocks():
    for i in range(3):
        try:
            if i == 1:
                v = yield 'try %d' % i
                raise ValueError(v)
            yield 'loop %d' % i
        except ValueError as e:
            got = yield 'except %s' % e
            print("got", got)
        finally:
            yield 'finally %d' % i
    while True:
        n = yield 'while'
        if n is None:
            break
        print("n", n)
    with Ctx('c') as c:
        r = yield 'in with ' + c
        print("with got", r)
    else_flag = False
    for _ in []:
        pass
    else:
        else_flag = yield 'for-else'
    print("else flag", else_flag)

class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *a):
        print("exit", self.name, a[0])

g = in_blocks()
out = [next(g)]
for v in [None, None, 'err', 'G', None, None, None, 7, 8, None, 'R', True]:
    try:
        out.append(g.send(v))
    except StopIteration:
        out.append('<stop>')
        break
print(out)

def nested():
    def helper(a):
        return a * 2
    def inner_gen():
        yield 'inner'
    total = 0
    for k in inner_gen():
        total += len(k)
    yield helper((yield total))
    lam = lambda: (yield)
    lg = lam()
    next(lg)
    yield type(lg).__name__
    yield [v * 2 for v in (yield 'list-please')]

g = nested()
print(next(g))
print(g.send(21))
print(next(g))
print(next(g))
print(g.send([1, 2, 3]))

def precedence():
    a = yield 1, 2
    print(a)
    b = yield -1 if a else 0
    print(b)
    c = (yield) or 'empty'
    print(c)
g = precedence()
print(next(g))
print(g.send('A'))
print(g.send('B'))
try:
    g.send(None)
except StopIteration:
    print("done")
