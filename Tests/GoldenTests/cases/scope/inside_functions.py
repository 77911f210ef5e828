# Closures, nested def/lambda/class statements, comprehensions and *args/**kwargs calls,
# all inside function bodies (where the tree evaluator runs them).


def counters():
    count = 0
    history = []

    def bump(by=1, *, note="bump"):
        nonlocal count
        count += by
        history.append((note, count))
        return count

    def reset():
        nonlocal count
        del_me = count
        count = 0
        return del_me

    bump()
    bump(5, note="five")
    before = reset()
    bump(by=2)
    return count, before, history


print(counters())


def late_binding():
    fns = [lambda: i for i in range(3)]
    bound = [lambda i=i: i for i in range(3)]
    return [f() for f in fns], [f() for f in bound]


print(late_binding())


def cell_parameter(x, y):
    def get():
        return x + y
    x = x * 10
    return get()


print(cell_parameter(1, 2))


def unbound_cells():
    def read_later():
        return value
    try:
        read_later()
    except NameError as e:
        print(type(e).__name__, e)
    value = 3
    print(read_later())
    del value
    try:
        read_later()
    except NameError as e:
        print(type(e).__name__, e)

    def local_cell():
        try:
            print(z)
        except UnboundLocalError as e:
            print(type(e).__name__, e)
        z = 1
        return lambda: z
    print(local_cell()())

    def delete_twice():
        w = 1
        f = lambda: w
        del w
        try:
            del w
        except UnboundLocalError as e:
            print(type(e).__name__, e)
        return f
    try:
        delete_twice()()
    except NameError as e:
        print(type(e).__name__, e)


unbound_cells()


def decorators():
    log = []

    def tag(name):
        log.append("make " + name)

        def wrap(f):
            log.append("wrap " + name + " around " + f.__name__)

            def inner(*args, **kwargs):
                return name + "(" + str(f(*args, **kwargs)) + ")"
            inner.__name__ = f.__name__
            return inner
        return wrap

    @tag("a")
    @tag("b")
    def add(x, y=10, *rest, scale=1, **extra):
        return (x + y + sum(rest)) * scale + len(extra)

    print(add(1), add(1, 2, 3, scale=2), add(1, q=1, r=2))
    print(log)

    def annotated(a: int, b: "text" = "x", *c: float, d: list = None, **e: dict) -> bool:
        return True
    print(annotated.__annotations__, annotated.__defaults__, annotated.__kwdefaults__)
    print(annotated.__name__, annotated.__qualname__)
    lam = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
    print(lam(1), lam(1, 3, 5, d=6, f=7), lam.__qualname__, lam.__defaults__, lam.__kwdefaults__)


decorators()


class Base:
    def __init__(self, value):
        self.value = value

    def describe(self):
        return "Base(%r)" % self.value

    def __init_subclass__(cls, flavor=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.flavor = flavor


def classes(n):
    class Local(Base, flavor="sweet"):
        """A class made inside a function."""
        size = n

        def __init__(self):
            super().__init__(n * 2)

        def describe(self):
            return "Local/" + super().describe() + "/" + str(self.size)

        @property
        def doubled(self):
            return self.value * 2

    def register(cls):
        cls.registered = True
        return cls

    @register
    class Other(Local):
        def describe(self):
            return "Other<" + super().describe() + ">"

    bases = (Base,)
    kw = {"flavor": "sour"}

    class Starred(*bases, **kw):
        pass

    obj = Other()
    print(obj.describe(), obj.doubled, Other.registered, Local.flavor, Starred.flavor)
    print(Local.__qualname__, Local.__doc__, Local.__module__, [c.__name__ for c in Other.__mro__])
    return Local


print(classes(3)().value)


def comprehensions(data):
    squares = [x * x for x in data]
    evens = {x for x in data if x % 2 == 0}
    table = {x: [y for y in range(x) if y % 2] for x in data if x > 1}
    pairs = [(x, y) for x in data for y in data if x < y if (x + y) % 3 == 0]
    unpacked = [a + b for a, b in zip(data, reversed(data))]
    nested = [[x * y for y in range(3)] for x in range(3)]
    total = 0
    running = [total := total + x for x in data]
    last = [(seen := x) for x in data if x > 2]
    closures = [lambda: x * k for k in range(3) for x in [k]]
    gen = sum(x for x in data if x != 3)
    return squares, sorted(evens), table, pairs, unpacked, nested, running, total, last, seen, [f() for f in closures], gen


print(comprehensions([1, 2, 3, 4, 5]))


def starred_calls(*args, **kwargs):
    def show(*a, **k):
        return a, sorted(k.items())

    more = {"y": 2}
    print(show(*args), show(*args, **kwargs), show(1, *args, 2, *"ab"))
    print(show(**kwargs, **more), show(z=0, **kwargs), show(*range(3), x=1, **more))
    print((*args, *args), [*args, 0], {*args, 3}, {**kwargs, "k": 1, **more})
    print(max(*args), dict(**kwargs), "-".join([*map(str, args)]))
    for bad in (lambda: show(*1), lambda: show(0, *None), lambda: show(**[]),
                lambda: show(**kwargs, **kwargs), lambda: show(y=1, **more),
                lambda: show(**{1: 2}), lambda: {**[1]}, lambda: [*5], lambda: {*5}):
        try:
            bad()
        except TypeError as e:
            print(type(e).__name__, e)


starred_calls(3, 1, 2, x=9)
