# inspect: signature() and its parts, bind, the type predicates, getmembers, getdoc.
import functools
import inspect
from typing import List, Optional


def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Does f.

        Indented detail.
    """


def g(x, /, y, *, z=None):
    pass


def gen():
    yield 1


class Base:
    """Base docstring."""

    attr = 1

    def __init__(self, value, *, flag=False):
        self.value = value

    def method(self, x, y=1):
        return x

    @classmethod
    def make(cls, n: int) -> "Base":
        return cls(n)

    @staticmethod
    def helper(q):
        return q

    @property
    def prop(self):
        return self.value


class Child(Base):
    def method(self, x, y=1):
        return x * 2


def annotated(items: List[int], name: Optional[str] = None) -> Optional[int]:
    pass


for obj in (f, g, gen, lambda x, *, y=1: 0, Base.method, Base(1).method, Base.make, Base.helper, Base, annotated):
    print(inspect.signature(obj))
sig = inspect.signature(f)
print(repr(sig), list(sig.parameters), sig.return_annotation, sig.parameters["b"])
for p in sig.parameters.values():
    print(" ", p.name, p.kind, p.kind.description, p.default is inspect.Parameter.empty, p.annotation, repr(p))
print(inspect.Parameter.empty, inspect.Signature.empty is inspect.Parameter.empty, int(inspect.Parameter.KEYWORD_ONLY))
print(inspect.signature(functools.partial(f, 1, c=3)))

ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs)
ba = inspect.signature(g).bind(1, 2)
ba.apply_defaults()
print(ba.arguments, inspect.getcallargs(Base.method, "self", 5))
for call in (lambda: sig.bind(), lambda: inspect.signature(g).bind(x=1, y=2), lambda: sig.bind(1, c=1, b=2, zz=0) and inspect.signature(g).bind(1, 2, 3),
             lambda: inspect.signature(Base.method).bind(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

params = [inspect.Parameter("x", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=1),
          inspect.Parameter("y", inspect.Parameter.KEYWORD_ONLY, annotation=int)]
custom = inspect.Signature(params, return_annotation=bool)
print(custom, custom.replace(return_annotation=inspect.Signature.empty))
for bad in (lambda: inspect.Signature([params[1], params[0]]),
            lambda: inspect.Parameter("1x", inspect.Parameter.POSITIONAL_ONLY),
            lambda: inspect.Parameter("a", inspect.Parameter.VAR_POSITIONAL, default=1),
            lambda: inspect.signature(3)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# Predicates
samples = [("function", f), ("lambda", lambda: 0), ("generator function", gen), ("generator", gen()),
           ("class", Base), ("instance", Base(1)), ("method", Base(1).method), ("builtin", len),
           ("builtin method", [].append), ("module", inspect), ("int", 3)]
preds = [inspect.isfunction, inspect.isgeneratorfunction, inspect.isgenerator, inspect.isclass,
         inspect.ismethod, inspect.isbuiltin, inspect.isroutine, inspect.ismodule]
print(" " * 18, " ".join(p.__name__[2:8] for p in preds))
for name, obj in samples:
    print(f"{name:18}", " ".join(f"{'T' if p(obj) else '.':6}" for p in preds))
print(inspect.iscoroutinefunction(f), inspect.isabstract(Base), inspect.isdatadescriptor(Base.__dict__["prop"]))
import abc


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


print(inspect.isabstract(Abstract), inspect.getmro(Child))

# getmembers
members = inspect.getmembers(Child, inspect.isfunction)
print([name for name, _ in members])
print([name for name, _ in inspect.getmembers(Child(3)) if not name.startswith("__")])
print([name for name, value in inspect.getmembers(Base, lambda v: isinstance(v, int))])

# Documentation and unwrapping
print(repr(inspect.getdoc(f)), inspect.getdoc(Child), inspect.cleandoc("  first\n    second\n      third\n"))


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)


print(inspect.unwrap(wrapper) is f, inspect.signature(wrapper), inspect.getmodule(f).__name__)
print(inspect.getfullargspec(f))
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.isframe(frame) or True)
