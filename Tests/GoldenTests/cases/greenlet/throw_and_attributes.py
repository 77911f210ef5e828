# greenlet 3.x behaviour of throw() (dead greenlets, argument checks), `run` given as None
# or overridden by a subclass, attributes on greenlets, and the `parent` and `run` setters.
import greenlet
from greenlet import greenlet as G, getcurrent


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, BaseException):
            r = (type(r).__name__, r.args)
        print(label, "->", r)
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)


# throw() into a dead greenlet: GreenletExit comes back as a value, other exceptions are
# raised in its parent (here the caller).
g = G(lambda: 1)
g.switch()
show("dead throw()", lambda: g.throw())
show("dead throw(GreenletExit, 'x')", lambda: g.throw(greenlet.GreenletExit, "x"))
show("dead throw(KeyError, 'k')", lambda: g.throw(KeyError, "k"))
show("dead throw(instance)", lambda: g.throw(KeyError("k2")))


# A dead greenlet whose parent is another greenlet: the exception goes there.
def parent_body():
    child = G(lambda: "child done")
    print("child returned", child.switch())
    try:
        child.throw(ValueError, "into the dead child")
    except ValueError as e:
        print("parent caught", e)
    return "parent done"


show("dead child, live parent", G(parent_body).switch)

# Argument checks.
waiting = G(lambda: getcurrent().parent.switch())
waiting.switch()
show("throw(1)", lambda: waiting.throw(1))
show("throw(int)", lambda: waiting.throw(int))
show("throw(instance, value)", lambda: waiting.throw(KeyError("a"), 1))
show("throw(cls, value, 5)", lambda: waiting.throw(KeyError, "a", 5))
show("4 arguments", lambda: waiting.throw(KeyError, 1, None, 4))
show("keywords", lambda: waiting.throw(typ=KeyError))
show("throw(cls, tuple)", lambda: waiting.throw(KeyError, ("a", "b")))
print("waiting dead:", waiting.dead)

# Thrown into a greenlet that never started: it dies with the exception.
fresh = G(lambda: 1)
show("unstarted throw", lambda: fresh.throw(ValueError, "v"))
print("fresh dead:", fresh.dead)
fresh = G(lambda: 1)
show("unstarted throw()", lambda: fresh.throw())

# run given as None is set (and then called); a parent of None means the default.
show("G(run=None).run", lambda: G(run=None).run)
show("G(None).switch()", lambda: G(None).switch())
show("G(f, None).switch()", lambda: G(lambda: 2, None).switch())
show("G().run", lambda: G().run)


class WithRun(G):
    def run(self):
        return "the subclass's run"


show("subclass run wins", lambda: WithRun(lambda: "given").switch())
show("subclass run wins over None", lambda: WithRun(None).switch())

# Attributes and __dict__.
a = G()
a.x = 1
a.name = "worker"
print("dict:", sorted(a.__dict__.items()))
print("main dict:", getcurrent().__dict__)
getcurrent().tag = "main"
print("main tag:", getcurrent().tag)

# Setters and deleters.
show("G(f, None, 3)", lambda: G(lambda: 1, None, 3))
show("G(foo=1)", lambda: G(foo=1))
show("set run when dead", lambda: setattr(g, "run", lambda: 1))
b = G(lambda: "b ran")
show("del run", lambda: delattr(b, "run"))
show("run after del", lambda: b.run)
show("del parent", lambda: delattr(a, "parent"))
show("parent = 5", lambda: setattr(a, "parent", 5))
show("parent = self", lambda: setattr(a, "parent", a))
show("parent = None", lambda: setattr(a, "parent", None))
print("end")
