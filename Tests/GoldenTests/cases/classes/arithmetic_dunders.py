# Arithmetic dunders, reflected operands and NotImplemented fallback.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ with", other)
        return self + other
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v - w, v * 3, 3 * v, w / 2, w // 2, w % 2, v ** 2)
print(-v, +v, abs(w), v @ w)
print(v + 1, 10 + v)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
print(sum([Vec(1, 1), Vec(2, 2)]))
keep = v
v += w
print("iadd in place:", v, keep is v)
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * v
except TypeError as e:
    print("TypeError:", e)
class Bits:
    def __init__(self, b):
        self.b = b
    def __and__(self, o): return Bits(self.b & o.b)
    def __or__(self, o): return Bits(self.b | o.b)
    def __xor__(self, o): return Bits(self.b ^ o.b)
    def __lshift__(self, n): return Bits(self.b << n)
    def __rshift__(self, n): return Bits(self.b >> n)
    def __invert__(self): return Bits(~self.b)
    def __repr__(self): return f"Bits({self.b:#06b})"
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 1, a >> 2, ~a)
class Meters:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Meters) and self.v == other.v
    def __rsub__(self, other):
        return Meters(other - self.v)
    def __rtruediv__(self, other):
        return Meters(other / self.v)
print((10 - Meters(3)).v, (9 / Meters(2)).v)
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
n = Num(5.7)
print(int(n), float(Num(2)), [10, 20, 30, 40, 50, 60][n], bin(Num(5)), hex(Num(255)))
