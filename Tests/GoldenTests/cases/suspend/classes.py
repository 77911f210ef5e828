# __init__, __new__, __init_subclass__ and metaclass calls may switch greenlets, under
# greenlet and gevent.
from mod_suspend import both, pause


class Made:
    def __new__(cls, x):
        pause("new")
        return super().__new__(cls)

    def __init__(self, x):
        pause("init")
        self.x = x


class Registry:
    names = []

    def __init_subclass__(cls, tag="none", **kw):
        pause("init_subclass " + tag)
        Registry.names.append((cls.__name__, tag))


class Meta(type):
    def __new__(mcls, name, bases, ns):
        pause("meta new " + name)
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args):
        pause("meta call")
        return super().__call__(*args)


def class_statement():
    class A(Registry, tag="a"):
        pass

    class B(A):
        pass
    return Registry.names[-2:]


def metaclass_statement():
    class C(metaclass=Meta):
        def __init__(self):
            self.ok = True
    return (type(C).__name__, C().ok)


both("__new__ and __init__", lambda: Made(5).x)
both("class statement __init_subclass__", class_statement)
both("type() __init_subclass__", lambda: type("D", (Registry,), {}).__name__)
both("metaclass", metaclass_statement)


class BadInit:
    def __init__(self):
        pause("bad init")
        return 1


both("__init__ returns int", lambda: BadInit())
