# Generators work wherever an iterable does.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def pairs():
    yield 'a', 1
    yield 'b', 2

print(list(count(4)), tuple(count(3)), set(count(3)), dict(pairs()))
print(sum(count(5)), min(count(5)), max(count(5)), sorted(count(4), reverse=True))
print(list(zip(count(3), count(10))), list(enumerate(count(2), 1)))
print(list(map(lambda x: x * 10, count(3))), list(filter(lambda x: x % 2, count(6))))
print(3 in count(5), 7 in count(5), 7 not in count(5))
a, b, c = count(3)
first, *rest = count(5)
print(a, b, c, first, rest)
print('-'.join(str(x) for x in count(4)), ''.join(s for s, _ in pairs()))
print([x * x for x in count(4)], {x for x in count(3)}, {k: v for k, v in pairs()})
print(any(x > 2 for x in count(5)), all(x < 9 for x in count(5)))
print(list(reversed(list(count(3)))), sorted(x % 3 for x in count(7)))
print(*count(3), sep=',')
print(max(count(4), key=lambda v: -v), min((c for c in "hello"), default='z'))
print(list(x for x in count(3) if x), list(y for x in count(3) for y in count(x)))
it = count(3)
print(next(it), list(it), list(it))
import itertools
print(list(itertools.islice(count(100), 2, 5)), list(itertools.chain(count(2), count(2))))

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Source:
    def __init__(self, items): self.items = items
    def __iter__(self):
        for x in self.items:
            yield x

def gen_over_user(n):
    for v in Countdown(n):
        yield v * 2

print(list(gen_over_user(3)), sum(Countdown(4)), list(Source('xyz')))
print(sorted(Source([3, 1, 2])), 'y' in Source('xyz'), dict(zip(Source('ab'), Countdown(2))))

class Pull:
    # A user __next__ that pulls from a generator: the generator runs while it is on the stack.
    def __init__(self, g): self.g = g
    def __iter__(self): return self
    def __next__(self):
        return next(self.g) + 100

def outer():
    yield from Pull(count(3))
print(list(outer()), [v for v in Pull(count(2))])

def gen_of_gens():
    for i in range(3):
        yield (i * j for j in range(3))
print([list(g) for g in gen_of_gens()])

lazy = (print('evaluated', x) or x for x in [1, 2])
print('before')
print(list(lazy))
def first_iterable():
    print('first iterable evaluated')
    return [1]
ge = (x for x in first_iterable())
print('genexpr made')
try:
    (x for x in 42)
except TypeError as e:
    print('TypeError:', e)
x = 'outer'
ge = (x for _ in range(1))
print(list(ge), x)
