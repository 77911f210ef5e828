# SystemExit raised in a gevent greenlet is not printed as an error: it goes on to the main
# greenlet, as gevent's hub does with system errors; the program exits with its code.
import sys
import gevent


def worker(code):
    print("worker exits with", code)
    sys.exit(code)


g = gevent.spawn(worker, 3)
try:
    g.join()
except SystemExit as e:
    print("main caught SystemExit", e.code)
print("dead:", g.dead, "successful:", g.successful(), "exception:", repr(g.exception))

# Handled in the main greenlet, life goes on.
gevent.sleep(0)
print("still running")


def quits():
    gevent.sleep(0.001)
    raise SystemExit("leaving from a greenlet")


gevent.spawn(quits)
gevent.sleep(0.05)
print("not reached")
