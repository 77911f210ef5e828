# spawn, joinall and sleep are Baozi builtins (python3 needs the import below).
try:
    spawn
except NameError:
    from gevent import spawn, joinall, sleep

log = []


def work(name):
    for i in range(2):
        log.append(name + str(i))
        sleep(0)
    return name.upper()


gs = [spawn(work, n) for n in "xyz"]
joinall(gs)
print(log)
print([g.value for g in gs])
sleep(0.01)
import gevent
print(type(gs[0]) is gevent.Greenlet)
