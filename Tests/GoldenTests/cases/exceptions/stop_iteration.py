# StopIteration from next(), iterator exhaustion, next with a default.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration:", repr(e), e.args)
print(next(it, "default"), next(iter(""), None))
class Limited:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("exhausted")
        self.i += 1
        return self.i
lim = Limited(3)
print(list(lim), list(lim))
try:
    next(lim)
except StopIteration as e:
    print("custom StopIteration value:", e.value)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), next(keys), next(keys, "end"))
r = iter(range(2))
print(list(r), list(r))
z = iter(zip([1, 2], "ab"))
print(next(z), list(z))
