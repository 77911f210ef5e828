# Closures: counters, late binding, shared cells.
def make_counter(start=0):
    count = start
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
a = make_counter()
b = make_counter(100)
print(a(), a(), b(), a(), b())
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print("late binding:", [m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print("default capture:", [m(10) for m in make_multipliers_fixed()])
funcs = []
for i in range(3):
    def show():
        return i
    funcs.append(show)
print("loop closures see final i:", [fn() for fn in funcs])
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
getter, setter = pair()
print(getter())
setter(42)
print("shared cell:", getter())
def adder(n):
    return lambda x: x + n
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1), adder(-1)(1))
def outer():
    x = 1
    def middle():
        def inner():
            return x * 100
        return inner
    x = 2
    return middle()
print("closure sees later assignment:", outer()())
def accumulate():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulate()
acc(1)
acc(2)
print(acc(3))
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print("compose:", inc_then_double(5))
