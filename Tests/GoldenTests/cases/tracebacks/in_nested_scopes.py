# Tracebacks through frames made inside function bodies: a comprehension, a lambda, a
# decorator, a nested class body and a closure, each frame with its own line.
import traceback


def report(f):
    try:
        f()
    except Exception:
        traceback.print_exc()


def comprehension(data):
    return [10 // x for x in data]


def lambda_call():
    pick = lambda d, k: d[k]
    return pick({"a": 1}, "b")


def decorator_fails():
    def broken(f):
        return f.missing

    @broken
    def target():
        pass


def class_body_fails():
    class Inner:
        value = 1 / 0


def closure_fails():
    def outer():
        items = []

        def inner():
            return items[3]
        return inner
    return outer()()


def starred_fails():
    def f(a, b):
        return a + b
    return f(*[1, 2, 3])


for case in (lambda: comprehension([1, 0]), lambda_call, decorator_fails, class_body_fails,
             closure_fails, starred_fails):
    report(case)


def uncaught():
    return {k: 1 / v for k, v in {"a": 1, "b": 0}.items()}


uncaught()
