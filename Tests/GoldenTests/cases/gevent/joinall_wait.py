# joinall(timeout) returns the finished greenlets; wait() and iwait() yield in finishing order.
import gevent


def nap(t):
    gevent.sleep(t)
    return t


gs = [gevent.spawn(nap, t) for t in (0.3, 0.05, 0.15)]
done = gevent.joinall(gs, timeout=0.2)
print("finished by 0.2 s:", sorted(g.value for g in done), [g.dead for g in gs])
print("rest:", [g.value for g in gevent.joinall(gs)])

gs = [gevent.spawn(nap, t) for t in (0.15, 0.05, 0.1)]
print("iwait order:", [g.value for g in gevent.iwait(gs)])

gs = [gevent.spawn(nap, t) for t in (0.15, 0.05, 0.1)]
print("wait count=2:", [g.value for g in gevent.wait(gs, count=2)])
gevent.joinall(gs)

gs = [gevent.spawn(nap, t) for t in (0.3, 0.05)]
print("wait timeout:", [g.value for g in gevent.wait(gs, timeout=0.15)])
gevent.killall(gs)

gs = [gevent.spawn(nap, t) for t in (0.1, 0.05)]
print("joinall count=1:", [g.value for g in gevent.joinall(gs, count=1)])
gevent.joinall(gs)

# iwait with a timeout stops early.
gs = [gevent.spawn(nap, t) for t in (0.05, 0.5)]
got = []
for g in gevent.iwait(gs, timeout=0.2):
    got.append(g.value)
print("iwait timeout:", got)
gevent.killall(gs)

# wait() with no objects waits for everything scheduled.
log = []
for t in (0.1, 0.05):
    gevent.spawn(lambda t=t: (gevent.sleep(t), log.append(t)))
print("wait():", gevent.wait(), log)
print("joinall([]):", gevent.joinall([]))
