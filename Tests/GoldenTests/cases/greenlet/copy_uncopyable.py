# copy.copy / copy.deepcopy of objects that cannot be pickled: generators and greenlets
# raise TypeError (no crash), and the classes cannot be instantiated directly.
import copy
import greenlet


def gen():
    yield 1


class Sub(greenlet.greenlet):
    pass


def try_copy(label, obj):
    for f in (copy.copy, copy.deepcopy):
        try:
            f(obj)
            print(label, f.__name__, "copied")
        except TypeError as e:
            print(label, f.__name__, "TypeError:", e)


g = gen()
try_copy("generator", g)
try_copy("genexpr", (x for x in range(3)))
try_copy("started generator", (next(g), g)[1])
try_copy("greenlet", greenlet.greenlet())
try_copy("main greenlet", greenlet.getcurrent())
try_copy("greenlet subclass", Sub())
try_copy("in a list", [1, gen()])

for label, make in [("generator()", lambda: type(g)()),
                    ("generator.__new__", lambda: type(g).__new__(type(g))),
                    ("object.__new__", lambda: object.__new__(type(g)))]:
    try:
        make()
    except TypeError as e:
        print(label, "TypeError:", e)

try:
    greenlet.getcurrent().__getstate__()
except TypeError as e:
    print("__getstate__ TypeError:", e)

# The generator still works after the failed copies.
print(list(g))
print("end")
