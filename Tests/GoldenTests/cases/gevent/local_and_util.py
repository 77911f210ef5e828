# gevent.local: attributes per greenlet; gevent.util.wrap_errors; spawn callbacks;
# monkey.patch_sys.
import gevent
from gevent.local import local
from gevent.util import wrap_errors
from gevent import monkey

data = local()
data.x = "main"


def worker(n, out):
    out.append(("start", n, hasattr(data, "x")))
    data.x = n
    gevent.sleep(0.02 * (3 - n))
    out.append(("end", n, data.x))


out = []
gevent.joinall([gevent.spawn(worker, i, out) for i in range(3)])
print(out)
print("main keeps its own:", data.x)
try:
    del data.y
except AttributeError as e:
    print("AttributeError:", e)
del data.x
print("deleted:", hasattr(data, "x"))
try:
    data.x
except AttributeError as e:
    print("AttributeError raised:", "'x'" in str(e))


class Counter(local):
    """A local subclass: __init__ runs again in each greenlet that touches it."""
    initial = "class attribute"

    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


c = Counter(10)
c.bump()


def use_counter(out):
    out.append(c.bump())
    out.append(c.bump())
    out.append(c.initial)


out = []
gevent.joinall([gevent.spawn(use_counter, out) for _ in range(2)])
print(out, "main:", c.count)
try:
    local(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in data.__dict__), sorted(c.__dict__.items()))

# wrap_errors turns the listed exceptions into return values.
def divide(a, b):
    return a // b


safe = wrap_errors(ZeroDivisionError, divide)
print(safe(7, 2), repr(safe(1, 0)))
try:
    wrap_errors(ZeroDivisionError, divide)(1, "x")
except TypeError as e:
    print("other errors pass:", e)
g = gevent.spawn(wrap_errors((KeyError, ValueError), int), "nope")
g.join()
print("in a greenlet:", type(g.value).__name__, g.value, g.successful())

# Spawn callbacks see every greenlet as it starts (each callback once).
seen = []


def on_spawn(glet):
    seen.append(glet.args)


gevent.Greenlet.add_spawn_callback(on_spawn)
gevent.Greenlet.add_spawn_callback(on_spawn)
gevent.joinall([gevent.spawn(abs, -1), gevent.spawn_later(0.001, abs, -2)])
g = gevent.Greenlet(abs, -3)
g.start()
g.join()
gevent.Greenlet.remove_spawn_callback(on_spawn)
gevent.Greenlet.remove_spawn_callback(on_spawn)
gevent.spawn(abs, -4).join()
print("spawn callbacks saw:", seen)

# patch_sys: the standard streams still work, and the patch is reported.
import sys
monkey.patch_sys()
print("sys patched:", monkey.is_module_patched("sys"))
sys.stdout.write("written after patch_sys\n")
sys.stdout.flush()
