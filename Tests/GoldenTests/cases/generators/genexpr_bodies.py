# Generator expressions (their bodies: loops over the iterator argument, nested fors and ifs,
# unpacking targets, an iterator without __iter__, errors inside) and a generator lambda.
lam = lambda: (yield 5)
print(list(lam()), lam.__code__ is not None)
g = (x for x in [1, 2])
print(next(g), g.gi_frame.f_lineno)
class It:
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
class Able:
    def __iter__(self): return It()
print(list(x for x in Able()))
print(sorted((k, v) for k, v in {"b": 2, "a": 1}.items()))
print(list(x + y for x in range(3) for y in range(x) if (x + y) % 2))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in []))
def f():
    return (n for n in range(3))
print(list(f()))
e = (1 / x for x in [1, 0])
print(next(e))
try:
    next(e)
except ZeroDivisionError as err:
    import traceback
    print([(t.name, t.lineno) for t in traceback.extract_tb(err.__traceback__)])
