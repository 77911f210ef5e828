# A greenlet that ends switches to its parent; when the parent cannot start (it has no
# `run`, or looking `run` up raises), the error goes on to the parent's own parent and the
# parent stays unstarted.
import greenlet


def report(label, fn):
    try:
        print(label, "returned", fn())
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)


# The parent has no run: the main greenlet (its parent) gets the AttributeError.
parent = greenlet.greenlet()
g = greenlet.greenlet(lambda: 5, parent=parent)
report("no run", g.switch)
print("dead:", g.dead, parent.dead, "started:", bool(parent))

# It can still be given a run and started later.
parent.run = lambda *args: ("late start", args)
report("late", parent.switch)


# The child raises: the error of the failed start replaces its exception.
def boom():
    raise ValueError("from child")


g = greenlet.greenlet(boom, parent=greenlet.greenlet())
report("child raises", g.switch)

# A chain: the error is thrown into the next parent, which was never started, so it dies
# with it and the main greenlet receives it.
p2 = greenlet.greenlet(lambda *a: ("p2 got", a))
p1 = greenlet.greenlet(parent=p2)
g = greenlet.greenlet(lambda: 7, parent=p1)
report("chain", g.switch)
print("p1 dead:", p1.dead, "p2 dead:", p2.dead)


# Looking `run` up raises.
class BadRun(greenlet.greenlet):
    @property
    def run(self):
        raise KeyError("no run here")


b = BadRun()
g = greenlet.greenlet(lambda: 9, parent=b)
report("run raises", g.switch)
report("switch to it", b.switch)


# Inside another greenlet: that one (the failed parent's parent) receives the error.
def outer():
    p = greenlet.greenlet()
    c = greenlet.greenlet(lambda: 1, parent=p)
    try:
        c.switch()
    except AttributeError as e:
        print("outer caught", type(e).__name__, e)
    return "outer done"


report("nested", greenlet.greenlet(outer).switch)


# A child that ends by GreenletExit passes the failure on the same way.
def exits():
    raise greenlet.GreenletExit("bye")


g = greenlet.greenlet(exits, parent=greenlet.greenlet())
report("greenlet exit", g.switch)
print("end")
