# The main greenlet waiting on something nobody will ever do gets LoopExit, never a hang.
import gevent
from gevent.event import Event, AsyncResult
from gevent.queue import Queue
from gevent.exceptions import LoopExit


def show(what, fn):
    try:
        fn()
    except LoopExit as e:
        print(what, "->", type(e).__name__, "|", str(e).splitlines()[0])


show("Event().wait()", lambda: Event().wait())
show("AsyncResult().get()", lambda: AsyncResult().get())
show("Queue().get()", lambda: Queue().get())


def put_twice():
    q = Queue(1)
    q.put(1)
    q.put(2)


show("Queue(1).put twice", put_twice)


def forever():
    Event().wait()


g = gevent.spawn(forever)
show("join a greenlet that waits forever", g.join)
print(gevent.exceptions.LoopExit is LoopExit, issubclass(LoopExit, Exception))
# After LoopExit the hub still works.
print(gevent.spawn(lambda: "still works").get())
