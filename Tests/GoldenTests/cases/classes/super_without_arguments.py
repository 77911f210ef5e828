# Zero-argument super() takes the class cell and first argument of the calling frame; where
# there is none it raises RuntimeError with CPython's messages.
try:
    super()
except RuntimeError as e:
    print("module:", e)
try:
    class A:
        super()
except RuntimeError as e:
    print("class body:", e)
def f(x):
    return super()
try:
    f(1)
except RuntimeError as e:
    print("plain function:", e)
def g():
    return super()
try:
    g()
except RuntimeError as e:
    print("no args:", e)
class B:
    def m(self):
        return super().__repr__ is not None
    def n(*args):  # CPython: no first argument
        return type(super()).__name__
    @classmethod
    def c(cls):
        return super().__init_subclass__ is not None
    def gen(self):
        yield super().__class__.__name__
print(B().m(), B.c(), list(B().gen()))
print(B().n())
