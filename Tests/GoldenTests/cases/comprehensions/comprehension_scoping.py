# Comprehension scoping: loop variables do not leak, class scope rules.
x = "outer x"
squares = [x * 2 for x in range(3)]
print(squares, "| x after list comp:", x)
y = "outer y"
d = {y: 1 for y in "ab"}
print(d, "| y after dict comp:", y)
z = "outer z"
s = {z for z in [1, 2]}
print(s, "| z after set comp:", z)
try:
    [leak for leak in range(3)]
    print(leak)
except NameError as e:
    print("NameError:", e)
n = 10
print([n + i for i in range(3)])
def f():
    factor = 3
    return [i * factor for i in range(4)]
print(f())
def g():
    items = [lambda: i for i in range(3)]
    return [fn() for fn in items]
print("closures in comprehension share final i:", g())
def h():
    items = [lambda i=i: i for i in range(3)]
    return [fn() for fn in items]
print("default captures each i:", h())
class C:
    base = 10
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        shifted = [v + base for v in values]
    except NameError as e:
        shifted = "NameError: " + str(e)
print(C.doubled, C.shifted)
outer = [1, 2]
print([[a, b] for a in outer for b in outer if a <= b])
i = "unchanged"
nested = [[i for i in range(2)] for _ in range(2)]
print(nested, i)
result = [total for total in [sum([v for v in range(k)]) for k in range(5)]]
print(result)
