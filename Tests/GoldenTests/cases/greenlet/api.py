import greenlet as greenlet_module
from greenlet import greenlet, getcurrent, GreenletExit, error

print(GreenletExit.__mro__)
print(error.__mro__)
print(greenlet, type(getcurrent()).__name__, type(getcurrent()).__module__)
print(greenlet.getcurrent is getcurrent, greenlet_module.getcurrent() is getcurrent())
print(greenlet.GreenletExit is GreenletExit, greenlet.error is error)

def f(*a, **k):
    print("f got", a, k)
    x = main.switch(1)
    print("f x", x)
    x = main.switch(1, 2)
    print("f x", x)
    x = main.switch(a=1)
    print("f x", x)
    x = main.switch(3, b=2)
    print("f x", x)
    x = main.switch()
    print("f x", x)
    return "done"

main = getcurrent()
print(main.parent, bool(main), main.dead, main.gr_frame)
g = greenlet(f)
print(bool(g), g.dead, g.gr_frame, g.parent is main, g.run is f)
print(g.switch(5, k=6))
print(g.gr_frame.f_lineno, g.gr_frame.f_code.co_name, bool(g), g.dead)
try:
    print(g.run)
except AttributeError as e:
    print("AttributeError:", e)
print(g.switch("a"))
print(g.switch("b", "c"))
print(g.switch(x=1))
print(g.switch())
print(g.switch(y=2))
print(bool(g), g.dead, g.gr_frame)
print(g.switch(7), g.switch(8, 9))

g3 = greenlet(lambda: main.switch(1))
g3.switch()
r = g3.throw()
print(type(r).__name__, repr(r), g3.dead)

g4 = greenlet(lambda: 1)
try:
    g4.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError", e, g4.dead)
g4b = greenlet(lambda: 1)
try:
    g4b.throw(ValueError, "two-arg")
except ValueError as e:
    print("ValueError", e, g4b.dead)
print(greenlet(lambda: 1).throw(), "from unstarted throw")

g5 = greenlet(f)
for bad in (g5, None, 1):
    try:
        g5.parent = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
g6 = greenlet(f, g5)
try:
    g5.parent = g6
except ValueError as e:
    print(type(e).__name__, e)

try:
    greenlet(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    greenlet().switch()
except AttributeError as e:
    print("AttributeError", e)

g7 = greenlet()
g7.run = lambda x: x * 2
print(g7.switch(21))

# parent receives the return value; a dead greenlet's switch goes to its parent
def child():
    return "child result"
def parent_fn():
    c = greenlet(child)
    r = c.switch()
    return ("parent saw", r, c.dead, c.parent is getcurrent())
print(greenlet(parent_fn).switch())

# switching to oneself returns the arguments
print(main.switch(), main.switch(1), main.switch(1, 2))

class Mine(greenlet):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
    def run(self, x):
        return (self.tag, x, self.parent is main)

m = Mine("t")
print(m.switch(5), m.dead, bool(m), isinstance(m, greenlet))
