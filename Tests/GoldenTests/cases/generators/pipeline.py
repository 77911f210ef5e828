# A pipeline of generators: source -> filter -> transform -> window -> sink.
def numbers(n):
    for i in range(n):
        yield i

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def squared(src):
    for x in src:
        yield x * x

def windows(src, size):
    window = []
    for x in src:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window = []
    if window:
        yield tuple(window)

def grep(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line.strip()

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, total)
        total += value
        count += 1
        avg = total / count

print(list(windows(squared(evens(numbers(20))), 3)))
print(sum(squared(evens(numbers(1000)))))
log = ["ok: start", "error: disk full", "ok: retry", "error: timeout  "]
for line in grep("error", log):
    print(repr(line))
avg = averager()
next(avg)
for v in [10, 20, 30, 45]:
    print("running average %.2f" % avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("averager result", e.value)

def take(n, it):
    for _ in range(n):
        yield next(it)

def naturals():
    n = 1
    while True:
        yield n
        n += 1

def primes():
    seen = []
    for n in naturals():
        if n > 1 and all(n % p for p in seen):
            seen.append(n)
            yield n
print(list(take(15, primes())))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 30))[-3:], next(x for x in fib() if x > 10 ** 20))
