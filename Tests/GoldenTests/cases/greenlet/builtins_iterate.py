from greenlet import greenlet, getcurrent
main = getcurrent()
def waiting_values(n):
    for i in range(n):
        main.switch(("waiting", i))
        yield i
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        main.switch("tick")
        return self.n
def work():
    print("list", list(waiting_values(3)))
    print("tuple", tuple(waiting_values(2)))
    print("sorted", sorted(waiting_values(3), reverse=True))
    print("sum", sum(waiting_values(4)), sum(waiting_values(3), 10))
    print("any all", any(waiting_values(3)), all(waiting_values(3)))
    print("min max", min(waiting_values(3)), max(waiting_values(3), key=lambda x: -x))
    print("join", "-".join(str(x) for x in waiting_values(3)))
    print("set", sorted(set(waiting_values(3))))
    l = [9]; l.extend(waiting_values(2)); print("extend", l)
    print("user iterator", list(Countdown(3)))
    print("genexpr", sum(x * x for x in waiting_values(3)))
    print("dict", dict((str(i), i) for i in waiting_values(2)))
    return "done"
g = greenlet(work)
switches = 0
r = g.switch()
while not g.dead:
    switches += 1
    r = g.switch()
print(r, switches)
def bad():
    yield 1
    raise ValueError("inside")
def run_bad():
    return list(bad())
try:
    greenlet(run_bad).switch()
except ValueError as e:
    import sys
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback frames:", names)
print(list(bad2() for bad2 in []))
list(bad())
