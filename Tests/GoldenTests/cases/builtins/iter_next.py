# iter and next, and iteration protocols of builtin types.
it = iter([10, 20, 30])
print(type(it).__name__, next(it), next(it), next(it), next(it, "end"))
s = iter("ab")
print(next(s), next(s), next(s, None))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
t = iter((1, 2))
print(list(t), list(t))
r = iter(range(3))
print(next(r), list(r))
se = iter({5})
print(next(se))
it2 = iter([1, 2, 3])
print(iter(it2) is it2)
for x in it2:
    print("loop", x)
    if x == 1:
        print("manual next inside loop:", next(it2))
e = iter(enumerate("xy"))
print(next(e), next(e))
z = zip("ab", [1, 2])
print(next(z), next(z), next(z, "exhausted"))
m = map(str.upper, "hi")
print(next(m), next(m))
f = filter(None, [0, 0, 7])
print(next(f))
rev = reversed([1, 2, 3])
print(next(rev), list(rev))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
words = iter("one two three".split())
first = next(words)
rest = list(words)
print(first, rest)
class CountTo:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        return self.i
print(list(CountTo(3)), sum(CountTo(100)), max(CountTo(5)), list(zip(CountTo(2), "ab")))
