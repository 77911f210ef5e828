# Bitwise operations including negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
for x in [-1, -5, -8, -13]:
    print(x, "& 0xff =", x & 0xff, "| 3 =", x | 3, "^ 7 =", x ^ 7, ">> 1 =", x >> 1, "<< 3 =", x << 3, "~ =", ~x)
print(-5 & -3, -5 | -3, -5 ^ -3)
print(5 & -1, 0 | -0, ~0, ~-1)
print(-1 >> 100, 1 >> 100, -(2 ** 10) >> 5)
print(1 << 0, 1 << 62, 1 << 63, 1 << 64)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print("flags:", flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print("after clearing READ:", flags)
flags ^= WRITE
print("after toggling WRITE:", flags, bin(flags))
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
print("popcounts:", [popcount(i) for i in range(17)])
print("is power of two:", [n for n in range(1, 70) if n & (n - 1) == 0])
print("True & False:", True & False, True | False, True ^ True, type(True & True).__name__, ~True)
