# `yield from` over iterators written as classes: values, send to their send(), StopIteration
# values, exceptions from __next__, and 450 levels of generator -> __next__ -> generator.
class Up:
    def __init__(self, it): self.it = it
    def __iter__(self): return self
    def __next__(self): return next(self.it)

def g(n):
    if n == 0:
        yield from range(3)
        return 'base'
    else:
        r = yield from Up(g(n - 1))
        return r

print(list(g(450)))

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration('counted %d' % self.n)
        return self.i
    def send(self, v):
        print("Counter.send", v)
        return self.__next__()

def wrap(n):
    r = yield from Counter(n)
    print("wrap got", r)
    return r

w = wrap(3)
print(next(w), w.send('hello'), next(w))
try:
    next(w)
except StopIteration as e:
    print("StopIteration", e.value)

class Broken:
    def __iter__(self): return self
    def __next__(self): raise KeyError('broken')

def catcher():
    try:
        yield from Broken()
    except KeyError as e:
        print("caught", e)
        yield 'recovered'
print(list(catcher()))

def inner_exc():
    try:
        yield from Counter(2)
    finally:
        print("finally after Counter")
print([x for x in inner_exc()])
print(sum(wrap(4)), dict.fromkeys(wrap(2)))
