# gevent.Greenlet as a context manager (the with block joins it, or kills it when the
# block raises) and spawn_tree_locals (one dict per tree of spawned greenlets).
import io
import gevent
from greenlet import greenlet as RawGreenlet, getcurrent


def work(n):
    gevent.sleep(0.001)
    return n * 2


with gevent.spawn(work, 21) as g:
    print("inside: ready", g.ready())
print("after: ready", g.ready(), "value", g.value)


def careful():
    try:
        gevent.sleep(1)
    except KeyError as e:
        print("greenlet got", repr(e))
        return "stopped"


try:
    with gevent.spawn(careful) as g:
        gevent.sleep(0)
        raise KeyError("from the block")
except KeyError as e:
    print("block raised", repr(e))
print("dead", g.dead, "value", g.value)

# Killed before it started: it never runs, and records the block's exception (reported by
# the hub, here into a buffer: the report has a time and an address).
hub = gevent.get_hub()
hub.exception_stream = io.StringIO()
try:
    with gevent.spawn(work, 1) as g:
        raise ValueError("early")
except ValueError:
    pass
print("dead", g.dead, "successful", g.successful(), "exception", repr(g.exception))
print("reported:", "failed with ValueError" in hub.exception_stream.getvalue())


def child(results, name):
    results.append((name, sorted(getcurrent().spawn_tree_locals.items())))


def parent(results, name):
    locals_ = getcurrent().spawn_tree_locals
    locals_["tree"] = name
    kids = [gevent.spawn(child, results, "%s.%d" % (name, i)) for i in range(2)]
    gevent.joinall(kids)
    grandkid = kids[0]
    results.append(("same dict", kids[0].spawn_tree_locals is locals_,
                    kids[1].spawn_tree_locals is locals_))


results = []
a = gevent.spawn(parent, results, "a")
b = gevent.spawn(parent, results, "b")
gevent.joinall([a, b])
for r in results:
    print(r)
print("trees differ:", a.spawn_tree_locals is not b.spawn_tree_locals)
print("main has none:", hasattr(getcurrent(), "spawn_tree_locals"))


# A raw greenlet spawning gevent greenlets keeps their shared dict.
def raw_body():
    first = gevent.spawn(work, 1)
    second = gevent.spawn(work, 2)
    shared = first.spawn_tree_locals is second.spawn_tree_locals
    return shared, getcurrent().spawn_tree_locals is first.spawn_tree_locals


print("raw spawner:", RawGreenlet(raw_body).switch())
g = gevent.spawn(work, 3)
g.spawn_tree_locals = {"set": True}
print("assigned:", g.spawn_tree_locals)
print(g.get())
