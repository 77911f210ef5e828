# functools: partial, reduce (with initial), wraps, lru_cache.
import functools
from functools import partial, reduce, wraps, lru_cache
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), square.func is power, square.args, square.keywords)
int_from_binary = partial(int, base=2)
print(int_from_binary("1011"), int_from_binary("111"))
print_csv = partial(print, sep=",")
print_csv("a", "b", "c")
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda a, b: b + a, "abc", "!"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def trace(fn):
    @wraps(fn)
    def wrapper(*args):
        result = fn(*args)
        print(f"  {fn.__name__}{args} -> {result}")
        return result
    return wrapper
@trace
def add(a, b):
    """Add two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def slow(x):
    calls.append(("slow", x))
    return x * 10
calls.clear()
for v in [1, 2, 1, 3, 1, 2]:
    slow(v)
print(calls, slow.cache_info())
@functools.lru_cache
def no_parens(x):
    return -x
print(no_parens(4), no_parens.cache_info().hits, no_parens(4), no_parens.cache_info().hits)
