# A greenlet switch from inside a generator (a for loop over it, and a yield from chain) and back.
import greenlet

def gen():
    for i in range(3):
        v = greenlet.getcurrent().parent.switch(("gen", i))
        yield v

def run():
    out = []
    for x in gen():
        out.append(x)
    return out

g = greenlet.greenlet(run)
r = g.switch()
while not g.dead:
    print("main got", r)
    r = g.switch(r[1] * 10)
print("result", r)

def chain():
    yield from gen()
g = greenlet.greenlet(lambda: list(chain()))
r = g.switch()
while not g.dead:
    print("main got", r)
    r = g.switch(r[1] + 100)
print("result", r)
