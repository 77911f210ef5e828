# A timer that falls due while another greenlet computes runs as soon as the hub gets
# control, not when the next (later) timer is due.
import time
import gevent


def busy(ms):
    start = time.time()
    while time.time() - start < ms / 1000:
        pass


def sleep_while_busy(later):
    gevent.spawn(busy, 5)
    start = time.time()
    if later is None:
        gevent.sleep(0.001)
    else:
        with gevent.Timeout(later):
            gevent.sleep(0.001)
    return time.time() - start < 0.5


print("a later Timeout pending, sleep ends early:", sleep_while_busy(1))
print("a much later Timeout pending:", sleep_while_busy(30))
print("no later timer:", sleep_while_busy(None))


def sleeper(results):
    start = time.time()
    gevent.sleep(0.001)
    results.append(time.time() - start < 0.5)


# Several greenlets, each overdue behind a busy one, under one long Timeout.
with gevent.Timeout(30):
    results = []
    start = time.time()
    for i in range(5):
        gevent.spawn(sleeper, results)
        gevent.spawn(busy, 3)
        gevent.sleep(0.002)
    gevent.sleep(0.01)
    print("five rounds:", results, time.time() - start < 1)
