# Function attributes and introspection.
def documented(a, b=2):
    """Adds things."""
    return a + b
print(documented.__name__)
print(documented.__doc__)
print(documented.__qualname__)
print(documented.__defaults__)
print(documented.__module__)
def undocumented():
    pass
print(undocumented.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
class C:
    def method(self):
        pass
    class Nested:
        def deep(self):
            pass
print(C.method.__qualname__, C.Nested.deep.__qualname__, C.Nested.__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
documented.custom = "attached"
print(documented.custom)
print(callable(documented), callable(5), callable(C), callable(C()))
print(type(documented).__name__, type(lam).__name__, type(C().method).__name__)
def f():
    pass
f.__name__ = "renamed"
print(f.__name__)
print(len.__name__, type(len).__name__)
bound = C().method
print(bound.__name__, bound.__func__ is C.method)
