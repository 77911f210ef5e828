# Unpacking targets, augmented assignment to globals/attributes/items, displays, slices,
# f-strings, chained comparisons, keyword calls, assert, raise, del (run on both evaluators).
class O2: pass
G = 0
def f(xs):
    global G
    a, b = xs[0], xs[1]
    (c, d), e = (1, 2), 3
    first, *rest = [1, 2, 3, 4]
    *init, last = "abc"
    x = y = [0, 0]
    x[0] += 5
    G += 1
    o = O2()
    o.v = 1; o.v += 2
    for i, (j, k) in enumerate([(1, 2), (3, 4)]):
        a += i + j * k
    d2 = {"k": a, 1: b}
    s = {1, 2, 2}
    sl = [1, 2, 3, 4, 5][1:4], "hello"[::-1], [1,2,3][:-1]
    lst = [1, 2, 3]; lst[0:2] = [9]; del lst[0]
    fs = f"{a} {b!r} {c:>5} {d=} {3.14159:.{2}f}"
    ch = 1 < b < 10, 1 < 0 < 10, 1 < 2 == 2 < 3
    kw = dict(a=1, b=2)
    return a, b, c, d, e, first, rest, init, last, x, y, G, o.v, d2, s, sl, lst, fs, ch, kw, sorted([3,1,2], reverse=True)
print(f([10, 20]))
def g(v):
    assert v > 0, "must be positive"
    assert v < 100
    return v
print(g(5))
try:
    g(-1)
except AssertionError as e:
    print("AE", e)
def h():
    raise ValueError("bad") from KeyError("k")
try:
    h()
except ValueError as e:
    print(repr(e), repr(e.__cause__))
def u(v):
    a, b = v
    return a
for v in [(1,), (1,2,3), 5]:
    try:
        u(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def r():
    raise
try:
    r()
except RuntimeError as e:
    print(e)
def dl():
    x = 1
    del x
    return x
try:
    dl()
except UnboundLocalError as e:
    print(e)
