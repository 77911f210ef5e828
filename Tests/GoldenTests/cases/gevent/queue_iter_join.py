# Iterating over a queue until StopIteration is put; JoinableQueue task_done/join; Channel.
import gevent
from gevent.queue import Queue, JoinableQueue, Channel, Empty, Full

q = Queue()


def producer():
    for i in range(5):
        q.put(i)
        gevent.sleep(0)
    q.put(StopIteration)


gevent.spawn(producer)
for item in q:
    print("item", item)
print("iteration ended")

# JoinableQueue: join() returns once every item is task_done().
jq = JoinableQueue()
done = []


def worker(n):
    while True:
        item = jq.get()
        try:
            gevent.sleep(0.001 * item)
            done.append(item)
        finally:
            jq.task_done()


for i in range(3):
    gevent.spawn(worker, i)
for item in range(10):
    jq.put(item)
print("unfinished:", jq.unfinished_tasks)
jq.join()
print("joined:", sorted(done), jq.unfinished_tasks)
print("join on a finished queue:", jq.join(), jq.join(timeout=0.01))
try:
    jq.task_done()
except ValueError as e:
    print("ValueError:", e)
jq2 = JoinableQueue()
jq2.put(1)
print("join(timeout) with work left:", jq2.join(timeout=0.02))

# Channel: a rendezvous; put waits for a getter.
ch = Channel()
log = []


def consumer():
    for i in range(3):
        log.append("got %s" % ch.get())


c = gevent.spawn(consumer)
for i in range(3):
    ch.put(i)
    log.append("put %d" % i)
c.join()
print(log)
print(ch.qsize(), ch.empty(), ch.full(), ch.balance)
try:
    ch.put_nowait(1)
except Full:
    print("Channel put_nowait: Full")
try:
    ch.get_nowait()
except Empty:
    print("Channel get_nowait: Empty")
try:
    ch.get(timeout=0.02)
except Empty:
    print("Channel get(timeout): Empty")
try:
    Channel(2)
except ValueError as e:
    print("ValueError:", e)

# Iterating over a Channel.
ch2 = Channel()


def feed():
    for x in "ab":
        ch2.put(x)
    ch2.put(StopIteration)


gevent.spawn(feed)
print([x for x in ch2])
