from greenlet import greenlet, getcurrent, GreenletExit
import gc
main = getcurrent()

def worker(name):
    try:
        main.switch()
    except GreenletExit:
        print("GreenletExit in", name)
        raise
    finally:
        print("finally", name)

g = greenlet(worker)
g.switch("a")
del g
gc.collect()
print("after collect")

print("end of program")
