# Arbitrary-precision integers.
print("2**100 =", 2 ** 100)
print("-2**100 =", -2 ** 100)
f = 1
for i in range(2, 51):
    f *= i
print("50! =", f)
print("digits of 50!:", len(str(f)))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print("a*b =", a * b)
print("b - a =", b - a, "a - b =", a - b)
print("b // a =", b // a, "b % a =", b % a)
print("divmod neg:", divmod(-b, a))
print("-a // 7 =", -a // 7, "-a % 7 =", -a % 7)
print("true div:", b / a, 10 ** 30 / 3)
print("pow mod big:", pow(a, b, 10 ** 9 + 7))
print("compare:", a < b, a == 123456789012345678901234567890, b > 10 ** 29)
print("bit_length:", (2 ** 100).bit_length(), (2 ** 100 - 1).bit_length(), (-2 ** 64).bit_length())
print("shifts:", 1 << 100, (1 << 100) >> 99, -(1 << 70) >> 3)
print("bitwise:", (2 ** 70 + 5) & 0xff, (2 ** 70) | 1, (2 ** 65) ^ (2 ** 65 + 3))
print("negative bitwise:", -2 ** 70 & 0xffff, ~(2 ** 70))
big = 7 ** 77
print("7**77 =", big)
print("hex:", hex(big))
print("sum of digits:", sum([int(c) for c in str(big)]))
print("int(str):", int("9" * 40) + 1)
print("abs/neg:", abs(-10 ** 25), -(10 ** 25))
print("big in float:", float(2 ** 80), int(1e20), int(2.5e25))
fib = [0, 1]
for _ in range(148):
    fib.append(fib[-1] + fib[-2])
print("fib(149) =", fib[-1])
x = 1
for _ in range(10):
    x = x * x + 1
print("repeated squaring digits:", len(str(x)), x % 1000000007)
print("equal after round trip:", int(str(2 ** 300)) == 2 ** 300)
print("hash(2**100) equality:", hash(2 ** 100) == hash(2 ** 100))
print("huge mult:", (10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)
