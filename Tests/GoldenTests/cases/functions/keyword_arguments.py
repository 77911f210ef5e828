# Keyword arguments: ordering, **kwargs preservation, duplicate and invalid keywords.
def describe(**kwargs):
    return ", ".join([f"{k}={v!r}" for k, v in kwargs.items()])
print(describe(z=1, a=2, m=3))
print(describe(**{"b": 1}, c=2, **{"a": 3}))
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, c=30), f(c=300, a=100), f(1, 2, 3), f(*[1], **{"c": 9}))
try:
    f(1, **{"a": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    describe(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    describe(**{1: "int key"})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[("a", 1)])
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
def config(name, *, verbose=False, level=1, **extra):
    return {"name": name, "verbose": verbose, "level": level, "extra": extra}
print(config("x"))
print(config("y", level=3, color="red", verbose=True))
options = {"verbose": True, "size": 10}
print(config("z", **options))
def kw_order(**kw):
    return list(kw)
print(kw_order(b=1, a=2), kw_order(**dict(sorted({"b": 1, "a": 2}.items()))))
def with_defaults(x, y=[], z={}):
    y.append(x)
    z[x] = len(y)
    return y, z
print(with_defaults(1), with_defaults(2))
print(dict(a=1, **{"b": 2}), dict({"a": 0}, a=1))
