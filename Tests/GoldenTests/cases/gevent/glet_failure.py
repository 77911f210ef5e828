# An exception escaping a spawned greenlet is printed with gevent's "... failed with" line
# on stderr; the program goes on. joinall(raise_error=True) raises the first failure.
import gevent


def boom(n):
    gevent.sleep(0.01 * n)
    raise ValueError("boom %d" % n)


def fine():
    return "fine"


g = gevent.spawn(boom, 1)
gevent.joinall([g])
print("program goes on:", type(g.exception).__name__, g.exception)

gs = [gevent.spawn(fine), gevent.spawn(boom, 2), gevent.spawn(boom, 4)]
try:
    gevent.joinall(gs, raise_error=True)
except ValueError as e:
    print("joinall raised:", e)
gevent.joinall(gs)
print([x.successful() for x in gs])


def deep(n):
    if n == 0:
        return 1 // 0
    return deep(n - 1)


d = gevent.spawn(deep, 2)
d.join()
try:
    d.get()
except ZeroDivisionError as e:
    print("get():", e)
print("done")
