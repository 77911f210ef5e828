# Interactions of global and nonlocal.
count = 0
def outer():
    count = 100
    def inner_global():
        global count
        count += 1
    def inner_nonlocal():
        nonlocal count
        count += 10
    inner_global()
    inner_nonlocal()
    return count
print("outer's count:", outer(), "global count:", count)
def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = make()
add(5)
add(7)
print("total through closure:", get())
def global_then_define():
    global fresh_global
    fresh_global = [1, 2]
global_then_define()
print(fresh_global)
def rebinding_inside_loop():
    result = []
    n = 0
    def step():
        nonlocal n
        n += 1
        result.append(n)
    for _ in range(3):
        step()
    return result, n
print(rebinding_inside_loop())
def nonlocal_sees_latest():
    value = "first"
    def get():
        return value
    value = "second"
    return get()
print(nonlocal_sees_latest())
g = 1
def shadow_then_global():
    def inner():
        global g
        g = g * 50
        return g
    g = "local g, not touched"
    inner()
    return g
print(shadow_then_global(), g)
class Holder:
    level = "class"
    def method(self):
        global count
        count = "set from method"
        return count
print(Holder().method(), count)
