# The example: two greenlets sleeping 0.2 s and 0.3 s finish in about 0.3 s, not 0.5.
import time
import gevent


def foo():
    print('Running in foo')
    gevent.sleep(0.2)
    print('Explicit context switch to foo again')


def bar():
    print('Explicit context to bar')
    gevent.sleep(0.3)
    print('Implicit context switch back to bar')


start = time.time()
done = gevent.joinall([gevent.spawn(foo), gevent.spawn(bar)])
elapsed = time.time() - start
print(len(done), "finished")
print("about max, not sum:", 0.28 < elapsed < 0.45)
print(round(elapsed, 1))
