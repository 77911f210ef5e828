# A greenlet switch from inside a decorator call, a nested class body, list and dict
# comprehensions, a lambda and a starred call, all made in a function body: each resumes.
from greenlet import greenlet, getcurrent
main = getcurrent()
def ask(x):
    return main.switch(x)
def work():
    def deco(f):
        ask("deco")
        return f
    @deco
    def h():
        return [ask(i) for i in range(3)]
    class C:
        v = ask("class")
    r = h()
    return r, C.v, {k: ask(k) for k in "ab"}, (lambda: ask("lam"))(), max(*[ask("star"), 0])
g = greenlet(work)
v = g.switch()
n = 0
while not g.dead:
    print("got", v)
    n += 1
    v = g.switch(n)
print(v)
