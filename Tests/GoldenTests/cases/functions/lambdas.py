# Lambda expressions.
square = lambda x: x * x
print(square(7), square.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2 == 0, range(10))))
nested = lambda x: lambda y: x + y
print(nested(3)(4))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
table = {"double": lambda x: x * 2, "negate": lambda x: -x}
for name in table:
    print(name, table[name](21))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
def apply(fn, *args):
    return fn(*args)
print(apply(lambda a, b: a ** b, 2, 10))
print(max(["apple", "fig", "banana"], key=lambda s: len(s)))
print((lambda: (yield_ := 5))())
