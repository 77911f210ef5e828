# A timer started with ref=False does not keep the loop alive: a deadlock raises LoopExit
# at once instead of when the timer fires.
import time
import gevent
from gevent.event import Event

hub = gevent.get_hub()
fired = []
timer = hub.loop.timer(2, ref=False)
timer.start(fired.append, "fired")
start = time.time()
try:
    Event().wait()
except gevent.exceptions.LoopExit as e:
    print("LoopExit:", e.args[0])
print("at once:", time.time() - start < 1, "fired:", fired)
timer.stop()

# A Timeout with ref=False does not keep the loop alive either.
start = time.time()
try:
    with gevent.Timeout(2, ref=False):
        Event().wait()
except gevent.exceptions.LoopExit as e:
    print("LoopExit in Timeout(ref=False):", e.args[0])
print("at once:", time.time() - start < 1)

# An unref'd timer still fires while the loop runs for other reasons.
timer = hub.loop.timer(0.01, ref=False)
timer.start(fired.append, "fired")
gevent.sleep(0.05)
print("fired while the loop ran:", fired)

# sleep(ref=False) with nothing else alive: LoopExit.
try:
    gevent.sleep(2, ref=False)
except gevent.exceptions.LoopExit as e:
    print("LoopExit in sleep(ref=False):", e.args[0])
print("at once:", time.time() - start < 1)
