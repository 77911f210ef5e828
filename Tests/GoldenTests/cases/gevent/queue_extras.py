# gevent.queue: a Timeout object as get()'s timeout, class subscripts, and subclass hooks.
import gevent
from gevent.queue import Queue, LifoQueue, PriorityQueue, JoinableQueue, Empty, Channel

print(Queue[int].__origin__ is Queue, Queue[int].__args__, LifoQueue[str].__args__)
q = Queue()
# A Timeout object given as the timeout raises itself when it expires.
t = gevent.Timeout(0.01)
try:
    q.get(timeout=t)
except gevent.Timeout as e:
    print("Timeout object raised:", e is t, str(e))
except Empty:
    print("Empty raised")
t.cancel()

t2 = gevent.Timeout(0.01, ValueError("too slow"))
try:
    q.get(timeout=t2)
except ValueError as e:
    print("its exception:", e)
t2.cancel()

gevent.spawn_later(0.005, q.put, "item")
t3 = gevent.Timeout(1)
print("got before the Timeout:", q.get(timeout=t3), "pending still:", t3.pending)
t3.cancel()


class Bag(Queue):
    """A queue that keeps items in a list and hands out the smallest."""

    def _init(self, maxsize, items=()):
        self.log = ["_init %r" % (maxsize,)]
        self.queue = list(items)

    def _get(self):
        self.log.append("_get")
        item = min(self.queue)
        self.queue.remove(item)
        return item

    def _put(self, item):
        self.log.append("_put %r" % (item,))
        self.queue.append(item)

    def _qsize(self):
        return len(self.queue)


b = Bag(5)
for x in (3, 1, 2):
    b.put(x)
print([b.get() for _ in range(3)], b.log)


def consumer(q, out):
    out.append(q.get())


b2 = Bag()
out = []
g = gevent.spawn(consumer, b2, out)
gevent.sleep(0)
b2.put(7)
g.join()
print(out, b2.log)
