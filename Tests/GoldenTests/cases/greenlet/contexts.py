from greenlet import greenlet, getcurrent, error
main = getcurrent()

def numbers():
    for i in range(3):
        yield i

def in_for():
    for n in numbers():
        main.switch(("for", n))
    return "for done"

class Vec:
    def __init__(self, x):
        main.switch(("init", x))
        self.x = x
    def __add__(self, other):
        main.switch(("add", self.x, other.x))
        return Vec(self.x + other.x)

class Ctx:
    def __enter__(self):
        main.switch("enter")
        return self
    def __exit__(self, *a):
        main.switch("exit")
        return False

def in_ops():
    v = Vec(1) + Vec(2)
    with Ctx():
        main.switch(("inside with", v.x))
    return v.x

for fn in (in_for, in_ops):
    g = greenlet(fn)
    r = g.switch()
    while not g.dead:
        print("got", r)
        r = g.switch()
    print("result", r)

