# kill(): before start, while sleeping, with a custom exception, non-blocking; killall.
import gevent
from gevent import GreenletExit


def sleeper(tag):
    try:
        gevent.sleep(10)
    except GreenletExit:
        print(tag, "got GreenletExit")
        raise
    finally:
        print(tag, "cleanup")
    return "never"


# Killed before it ever ran: it never will.
g = gevent.spawn(sleeper, "unstarted")
g.kill()
print("unstarted:", g.dead, g.ready(), g.successful(), type(g.value).__name__)
gevent.sleep(0.01)

# Killed while sleeping: GreenletExit inside, a successful result outside.
g = gevent.spawn(sleeper, "sleeping")
gevent.sleep(0)
g.kill()
print("sleeping:", g.dead, g.successful(), type(g.value).__name__, g.exception)


class Stop(Exception):
    pass


def stubborn():
    try:
        gevent.sleep(10)
    except Stop as e:
        print("stubborn caught", repr(e))
        return "handled"


g = gevent.spawn(stubborn)
gevent.sleep(0)
g.kill(Stop("please"))
print("custom:", g.dead, g.value)

# A custom exception that escapes is the greenlet's exception (reported on stderr).
g = gevent.spawn(sleeper, "custom-escape")
gevent.sleep(0)
g.kill(Stop)
print("escaped:", g.dead, g.successful(), type(g.exception).__name__)

# Non-blocking kill returns at once; the greenlet dies on the next loop turn.
g = gevent.spawn(sleeper, "nonblocking")
gevent.sleep(0)
g.kill(block=False)
print("kill(block=False) returned, dead:", g.dead)
g.join()
print("then dead:", g.dead)

# Killing a finished greenlet does nothing.
g = gevent.spawn(lambda: 5)
g.join()
g.kill()
print("finished:", g.value)

# gevent.kill on a greenlet.
g = gevent.spawn(sleeper, "gevent.kill")
gevent.sleep(0)
gevent.kill(g)
g.join()
print("gevent.kill:", g.dead)

# killall: every sleeper gets GreenletExit, in order.
gs = [gevent.spawn(sleeper, "all-%d" % i) for i in range(3)]
gevent.sleep(0)
gevent.killall(gs)
print("killall:", [x.dead for x in gs])
gs = [gevent.spawn(sleeper, "nb-%d" % i) for i in range(2)]
gevent.sleep(0)
gevent.killall(gs, block=False)
print("killall(block=False):", [x.dead for x in gs])
gevent.joinall(gs)
print("joined:", [x.dead for x in gs])
gevent.killall([])
