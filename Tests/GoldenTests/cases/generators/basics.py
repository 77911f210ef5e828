# Generator basics: next(), for, list/sum/sorted/map over generators, yield from, return values.
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"
g = gen(3)
print(next(g), next(g))
for v in gen(4):
    print("for", v)
print(list(gen(5)), sum(gen(5)), sorted(gen(3), reverse=True))
print(list(map(next, [gen(2), gen(3)])))
def deleg():
    r = yield from gen(2)
    print("delegate got", r)
print(list(deleg()))
try:
    g2 = gen(1); next(g2); next(g2)
except StopIteration as e:
    print("stop", e.value)
print([x * 2 for x in (y for y in range(4))])
