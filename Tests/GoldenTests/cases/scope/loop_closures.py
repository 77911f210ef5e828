# Closures over loop variables and default argument capture.
fns = []
for i in range(3):
    fns.append(lambda: i)
print("late binding:", [f() for f in fns])
fns = []
for i in range(3):
    fns.append(lambda i=i: i)
print("default capture:", [f() for f in fns])
def make(i):
    return lambda: i
fns = [make(i) for i in range(3)]
print("factory capture:", [f() for f in fns])
i = 100
print("global i now affects late binding:", [f() for f in [lambda: i]])
handlers = {}
for name in ["start", "stop"]:
    def handler(n=name):
        return "handling " + n
    handlers[name] = handler
print(handlers["start"](), handlers["stop"]())
def counter_factory():
    counters = []
    for k in range(3):
        def c(k=k, state=[0]):
            state[0] += k
            return state[0]
        counters.append(c)
    return counters
cs = counter_factory()
print([cs[2](), cs[2](), cs[1]()])
def while_closure():
    funcs = []
    n = 0
    while n < 3:
        funcs.append(lambda: n)
        n += 1
    return [f() for f in funcs]
print("while loop closures:", while_closure())
acc = []
for x in [1, 2, 3]:
    def add_x(v, x=x):
        return v + x
    acc.append(add_x(10))
print(acc)
