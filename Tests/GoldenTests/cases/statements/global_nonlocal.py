# global and nonlocal statements.
counter = 0
def increment():
    global counter
    counter += 1
for _ in range(3):
    increment()
print("counter:", counter)
def create_global():
    global created
    created = "made inside function"
create_global()
print(created)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())
def make_counter():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
def level1():
    v = 1
    def level2():
        def level3():
            nonlocal v
            v += 100
        level3()
    level2()
    return v
print("nonlocal through two levels:", level1())
x = "global x"
def shadow():
    x = "local x"
    def read():
        return x
    return read()
print(shadow(), "|", x)
def global_in_nested():
    def g():
        global x
        x = "rebound global"
    g()
print(x)
global_in_nested()
print(x)
def multi():
    global ga, gb
    ga, gb = 1, 2
multi()
print(ga, gb)
