# After monkey.patch_all(), time.sleep cooperates: three sleepers of 0.2 s take 0.2 s.
from gevent import monkey
monkey.patch_all()
import time
import gevent


def nap(i):
    time.sleep(0.2)
    return i


start = time.time()
gs = [gevent.spawn(nap, i) for i in range(3)]
gevent.joinall(gs)
print([g.value for g in gs], round(time.time() - start, 1))
print(monkey.is_module_patched("time"), monkey.is_object_patched("time", "sleep"))
print(time.sleep is gevent.sleep)
