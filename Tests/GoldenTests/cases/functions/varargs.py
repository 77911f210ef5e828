# *args, **kwargs, and call-site unpacking.
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(**kwargs):
    return kwargs
print(g(), g(a=1, b=2))
def h(a, b=0, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(h(1, c=3))
print(h(1, 2, 3, 4, c=5, e=6, f=7))
nums = [1, 2, 3]
opts = {"sep": "-", "end": ".\n"}
print(*nums, **opts)
def add3(x, y, z):
    return x + y + z
print(add3(*nums))
print(add3(1, *[2, 3]))
print(add3(*[1], *[2], 3))
print(add3(**{"x": 1, "y": 2, "z": 3}))
print(add3(1, **{"z": 3, "y": 2}))
print(add3(*"abc"))
print(add3(*range(3)))
print(add3(*(1, 2), **{"z": 100}))
def passthrough(*args, **kwargs):
    return add3(*args, **kwargs)
print(passthrough(10, z=30, y=20))
def count_args(*args, **kwargs):
    return len(args), sorted(kwargs)
print(count_args(*range(5), **dict(a=1, b=2), c=3))
merged = {**{"a": 1}, **{"b": 2}, "c": 3}
print(merged)
print([*range(3), *"ab"])
print((*[1, 2], 3))
