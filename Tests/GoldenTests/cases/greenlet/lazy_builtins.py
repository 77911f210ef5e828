from greenlet import greenlet, getcurrent
main = getcurrent()
def waiting_values(n):
    for i in range(n):
        main.switch(("waiting", i))
        yield i
def slow_double(x):
    main.switch("doubling")
    return x * 2
def work():
    print("enumerate", list(enumerate(waiting_values(3), 1)))
    for i, v in enumerate(waiting_values(2)):
        print("for enumerate", i, v)
    print("zip", list(zip(waiting_values(3), "abcd")))
    print("map", list(map(slow_double, [1, 2, 3])))
    print("map2", list(map(lambda a, b: a + b, waiting_values(3), [10, 20, 30, 40])))
    print("filter", list(filter(lambda x: x % 2, waiting_values(5))))
    print("filter None", [x for x in filter(None, waiting_values(3))])
    print("sum map", sum(map(slow_double, range(4))))
    print("sorted map", sorted(map(slow_double, [3, 1, 2])))
    print("dict zip", dict(zip("ab", waiting_values(2))) if False else "skip")
    return "done"
g = greenlet(work)
switches = 0
r = g.switch()
while not g.dead:
    switches += 1
    r = g.switch()
print(r, switches)
print(type(map(slow_double, [])).__name__, type(enumerate(waiting_values(1))).__name__)
print(list(map(str, range(3))), list(enumerate("ab")), list(zip([1], [2])))
def bad(x):
    raise ValueError(x)
list(map(bad, [1]))
