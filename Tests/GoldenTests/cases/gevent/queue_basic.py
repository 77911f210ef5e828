# gevent.queue.Queue: put/get with block and timeout, Empty/Full, qsize/empty/full, peek,
# maxsize; getters and putters are served in FIFO order.
import gevent
import queue as stdlib_queue
from gevent.queue import Queue, Empty, Full, LifoQueue, PriorityQueue

print(Empty is stdlib_queue.Empty, Full is stdlib_queue.Full, issubclass(Empty, Exception))

q = Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full(), len(q), bool(q))
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.peek(), q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except Empty as e:
    print("get_nowait:", repr(e))
try:
    q.get(block=False)
except Empty:
    print("get(block=False): Empty")
try:
    q.get(timeout=0.05)
except Empty:
    print("get(timeout=0.05): Empty")
try:
    q.peek(block=False)
except Empty:
    print("peek(block=False): Empty")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

b = Queue(2)
b.put("a")
b.put("b")
print("bounded:", b.maxsize, b.qsize(), b.full())
try:
    b.put_nowait("c")
except Full as e:
    print("put_nowait:", repr(e))
try:
    b.put("c", timeout=0.05)
except Full:
    print("put(timeout=0.05): Full")
try:
    b.put("c", block=False)
except Full:
    print("put(block=False): Full")
print(str(b).split(" _cond=")[0])

# A blocked putter gets in when a getter makes room.
log = []


def putter(item):
    log.append("putting " + item)
    b.put(item)
    log.append("put " + item)


ps = [gevent.spawn(putter, x) for x in ("c", "d")]
gevent.sleep(0)
log.append("got " + b.get())
log.append("got " + b.get())
gevent.joinall(ps)
print(log)
print([b.get() for _ in range(b.qsize())])

# Blocked getters wake in the order they waited.
q = Queue()
got = []


def getter(n):
    got.append((n, q.get()))


gs = [gevent.spawn(getter, i) for i in range(3)]
gevent.sleep(0)
for item in "xyz":
    q.put(item)
gevent.joinall(gs)
print(got)

# A getter with a timeout gets the item if it arrives in time.
q = Queue()
gevent.spawn_later(0.02, q.put, "late")
print(q.get(timeout=1))
q.put("peeked")
print(q.peek(), q.qsize())

# LifoQueue and PriorityQueue
lq = LifoQueue()
for i in range(3):
    lq.put(i)
print("lifo:", [lq.get() for _ in range(3)])
pq = PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print("priority:", [pq.get() for _ in range(3)])
pq.put(5)
print(pq.peek())

# maxsize can change.
m = Queue(1)
m.maxsize = 3
print(m.maxsize, Queue(None).maxsize, Queue(-1).maxsize)
print(Queue(items=[1, 2]).qsize())
