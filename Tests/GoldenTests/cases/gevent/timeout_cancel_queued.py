# A Timeout whose block ends just as its timer falls due is cancelled: the throw it would
# have made is never raised later.
import time
import gevent


def busy(seconds):
    start = time.time()
    while time.time() - start < seconds:
        pass


def block_ends_when_due(silent):
    raised = 0
    for trial in range(20):
        try:
            with gevent.Timeout(0.002, False if silent else None):
                busy(0.004)
                gevent.sleep(0)
        except gevent.Timeout:
            raised += 1
        # Later waits, some inside another Timeout, must not see the old throw.
        try:
            gevent.sleep(0.003)
            with gevent.Timeout(1):
                gevent.sleep(0)
                gevent.sleep(0.001)
        except gevent.Timeout as e:
            print("stale timeout raised later:", e)
            return
    print("silent" if silent else "loud", "blocks done")


block_ends_when_due(False)
block_ends_when_due(True)


def worker(n, out):
    try:
        with gevent.Timeout(0.002, False):
            busy(0.004)
            gevent.sleep(0)
        out.append(n)
        gevent.sleep(0.005)
        out.append(-n)
    except gevent.Timeout:
        out.append("escaped")


out = []
gevent.joinall([gevent.spawn(worker, i, out) for i in range(1, 4)])
print("silent Timeout stays in its block:", "escaped" not in out, sorted(out))

# Cancelling after the timer fired but before the greenlet ran: the pending throw goes away.
t = gevent.Timeout(0.001)
t.start()
busy(0.003)
gevent.sleep(0)
print("cancel after due; pending?", t.pending)
t.cancel()
gevent.sleep(0.002)
print("still running after cancel")
