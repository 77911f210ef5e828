# Garbage suspended generators and greenlets are finalized while many others stay suspended
# and reachable (a server's greenlets), and finished ones need no finalizing.
import gc
import greenlet

log = []

def worker(name):
    try:
        yield name
        yield name
    finally:
        log.append(name)

kept = [worker("kept %d" % i) for i in range(200)]
for g in kept:
    next(g)

dropped = worker("dropped")
next(dropped)
dropped = None
gc.collect()
print("after the first collection:", log)

finished = worker("finished")
print(list(finished), log[-1])
finished = None
gc.collect()
print("finished ones are not finalized again:", log.count("finished"))

for i in range(300):
    g = worker("loop %d" % i)
    next(g)
g = None
gc.collect()
print("loop generators finalized:", sum(1 for name in log if name.startswith("loop")))
print("kept ones still suspended:", sum(1 for name in log if name.startswith("kept")))

main = greenlet.getcurrent()

def serve(name):
    try:
        main.switch(name)
    except greenlet.GreenletExit:
        log.append("exit " + name)
        raise

waiting = [greenlet.greenlet(serve) for _ in range(100)]
for i, gl in enumerate(waiting):
    gl.switch("g%d" % i)
lost = greenlet.greenlet(serve)
print("switched back from", lost.switch("lost"))
lost = None
gc.collect()
print("greenlets finalized:", [name for name in log if name.startswith("exit")])
for gl in waiting[:3]:
    gl.throw(greenlet.GreenletExit)
print("thrown in:", [name for name in log if name.startswith("exit")])
for g in kept[:2]:
    g.close()
print("closed:", log[-2:])
