# Rich comparisons and reflected comparisons.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __repr__(self):
        return "v" + ".".join([str(p) for p in self.parts])
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, a <= c, b > a, b >= b)
print(sorted([Version(2), Version(1, 5), Version(1, 2, 3)]))
print(max(a, b), min([b, a]))
print(a == "1.2", a != "1.2")
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  __lt__({self.v}, {other.v})")
        return self.v < other.v
x, y = OnlyLt(1), OnlyLt(2)
print("x < y:", x < y)
print("y > x uses reflected __lt__:", y > x)
try:
    x <= y
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p, q = Plain(), Plain()
print("default eq is identity:", p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5)
print([AlwaysEqual()].count(3), 3 in [AlwaysEqual()])
