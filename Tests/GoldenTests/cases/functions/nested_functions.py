# Nested function definitions and higher-order functions.
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3))
def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memoize
def slow_square(n):
    return n * n
print(slow_square(4), slow_square(4), sorted(slow_square.cache.items()))
def pipeline(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello Big World  "))
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(10)(100))
def conditional_def(flag):
    if flag:
        def fn():
            return "defined in if"
    else:
        def fn():
            return "defined in else"
    return fn()
print(conditional_def(True), "|", conditional_def(False))
def returns_multiple():
    return 1, "two", [3]
a, b, c = returns_multiple()
print(a, b, c, returns_multiple())
def no_return():
    x = 1
print("implicit None:", no_return())
def early(n):
    if n > 0:
        return "positive"
    return
print(early(1), early(-1))
