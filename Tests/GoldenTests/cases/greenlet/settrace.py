# greenlet.settrace / gettrace: the tracer is called in the greenlet control reaches, with
# ("switch" or "throw", (origin, target)); a tracer that raises is removed and its error is
# raised where the switch arrived.
import greenlet
from greenlet import greenlet as G, getcurrent

main = getcurrent()
names = {id(main): "main"}


def name(g):
    return names.get(id(g), "?")


def tracer(event, args):
    origin, target = args
    print("  trace", event, name(origin), "->", name(target), "in", name(getcurrent()))


print("initial:", greenlet.gettrace())
print("settrace returns the old one:", greenlet.settrace(tracer))
print("gettrace:", greenlet.gettrace() is tracer)


def child(x):
    print("child got", x)
    y = main.switch("to main")
    print("child got", y)
    try:
        main.switch()
    except KeyError:
        print("child caught KeyError")
    return "end"


c = G(child)
names[id(c)] = "c"
print(c.switch(1))
print(c.switch(2))
print(c.throw(KeyError))

d = G(lambda: 1)
names[id(d)] = "d"
try:
    d.throw(ValueError)
except ValueError:
    print("main caught ValueError")


def fails():
    raise IndexError("from f")


f = G(fails)
names[id(f)] = "f"
try:
    f.switch()
except IndexError as e:
    print("main caught", e)

print("switch to itself:", main.switch(5))
print("removed:", greenlet.settrace(None) is tracer)
G(lambda: print("untraced")).switch()


def bad(event, args):
    raise RuntimeError("tracer failed on " + event)


greenlet.settrace(bad)
e = G(lambda: "e done")
try:
    print(e.switch())
except RuntimeError as ex:
    print("caught:", ex, "| e dead:", e.dead, "| tracer:", greenlet.gettrace())

# A tracer failing when a suspended greenlet is resumed: raised in that greenlet.
def resumed():
    try:
        main.switch("suspended")
    except RuntimeError as ex:
        print("resumed greenlet caught:", ex)
    return "resumed done"


r = G(resumed)
print(r.switch())
greenlet.settrace(bad)
print(r.switch("value"))
print("tracer:", greenlet.gettrace())
