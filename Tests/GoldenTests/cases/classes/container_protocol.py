# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __bool__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], len(g), "@" in g, "?" in g)
del g[0, 0]
print(len(g), g[0, 0])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print("old-style iteration:", list(Seq()), 9 in Seq())
for v in Seq():
    print("item", v)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), sorted(Countdown(3)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
print(bool(Empty()), bool(Falsy()), bool(Grid(1, 1)), not Falsy())
if not Empty():
    print("len 0 is falsy")
class Sliceable:
    def __getitem__(self, key):
        return key
s = Sliceable()
print(s[1], s[1:3], s[::2], s["k"], s[1, 2])
