from greenlet import greenlet, getcurrent, GreenletExit
main = getcurrent()

def worker():
    try:
        main.switch("ready")
    except KeyError as e:
        print("worker caught", repr(e))
        main.switch("handled")
    finally:
        print("worker finally")
    return "end"

g = greenlet(worker)
print(g.switch())
print(g.throw(KeyError, "k"))
print(g.switch())
print(g.dead)

def exiting():
    try:
        main.switch()
    except GreenletExit:
        print("got GreenletExit")
        raise

g = greenlet(exiting)
g.switch()
r = g.throw()
print(type(r).__name__, g.dead)

def fails():
    main.switch()
    raise ValueError("bad value")

g = greenlet(fails)
g.switch()
try:
    g.switch()
except ValueError as e:
    print("main caught", e)

class Mine(greenlet):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
    def run(self, x):
        return (self.tag, x, self.parent is main)

m = Mine("t")
print(m.switch(5), m.dead, bool(m))

def deep(n):
    if n == 0:
        return main.switch("bottom")
    return deep(n - 1) + 1

g = greenlet(deep)
print(g.switch(500))
print(g.switch(7))

