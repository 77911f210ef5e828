# Timeout as context manager, start()/cancel(), exception=False, custom exceptions,
# with_timeout and timeout_value; a timeout around a slow call.
import gevent
from gevent import Timeout


def slow_call():
    gevent.sleep(1)
    return "slow result"


try:
    with Timeout(0.1):
        slow_call()
except Timeout as t:
    print("timed out:", t, "| seconds", t.seconds, "| is Timeout", isinstance(t, BaseException))

with Timeout(0.1, False):
    slow_call()
    print("not reached")
print("silent timeout went on")

with Timeout(1):
    gevent.sleep(0.01)
print("fast call finished within its timeout")


class TooSlow(Exception):
    pass


try:
    with Timeout(0.05, TooSlow("too slow")):
        slow_call()
except TooSlow as e:
    print("custom exception:", repr(e))

try:
    with Timeout(0.05, TooSlow):
        slow_call()
except TooSlow as e:
    print("custom class:", type(e).__name__)

t = Timeout(0.05)
t.start()
print("pending after start:", t.pending)
try:
    slow_call()
except Timeout as e:
    print("start() fired, same object:", e is t)
t.cancel()

t = Timeout(0.05)
t.start()
t.cancel()
print("pending after cancel:", t.pending)
gevent.sleep(0.1)
print("cancelled timeout did not fire")

t = Timeout.start_new(0.05)
try:
    gevent.sleep(1)
except Timeout as e:
    print("start_new:", e is t, str(e))

print(str(Timeout(2)), "|", str(Timeout(1)), "|", str(Timeout(3, False)), "|", str(Timeout(3, ValueError("x"))))
print(repr(Timeout()).split(" at ")[0], str(Timeout()) == "")

print(gevent.with_timeout(0.05, slow_call, timeout_value="default"))
print(gevent.with_timeout(1, lambda a, b: a + b, 2, 3))
try:
    gevent.with_timeout(0.05, slow_call)
except Timeout as e:
    print("with_timeout raised:", e)

# A timeout inside a spawned greenlet only affects that greenlet.
def guarded():
    try:
        with Timeout(0.05):
            slow_call()
    except Timeout:
        return "guarded timed out"


print(gevent.spawn(guarded).get())

# Nested timeouts: the inner one fires first.
try:
    with Timeout(0.3) as outer:
        try:
            with Timeout(0.05) as inner:
                slow_call()
        except Timeout as e:
            print("inner fired:", e is inner)
        slow_call()
except Timeout as e:
    print("outer fired:", e is outer)
