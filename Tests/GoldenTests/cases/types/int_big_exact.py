# Big ints against CPython's exact results: signs of floor division and modulo, shifts and
# bitwise operations of negatives, powers with and without a modulus, text conversions and
# their 4300-digit limit, hashes, bytes, float conversion and true division rounding.
import math
import sys

a = 3 ** 1000
b = 7 ** 500
print(a * b % 1000007, a // b % 99, -a // b % 99, (-a) % b % 1000, a % -b % 1000)
for x in (10 ** 30, -10 ** 30):
    for y in (7, -7, 10 ** 20 + 3, -(10 ** 20 + 3)):
        print(x // y, x % y, divmod(x, y))
print(-2 ** 100 >> 3, -(2 ** 100) >> 200, (2 ** 100) >> 200, -(2 ** 100) >> 100, -(2 ** 100 + 1) >> 100)
print((-(2 ** 70)) & 0xffff, -(2 ** 70) | 5, (-(2 ** 70)) ^ (2 ** 69), ~(2 ** 80), ~-(2 ** 80))
print((-(2 ** 90)) & -(2 ** 91 + 12345), (-(3 ** 60)) | -(5 ** 40), (-(3 ** 60)) ^ -(5 ** 40))
print(1 << 100, -1 << 100, (2 ** 70) << 3, -(3 ** 50) << 65)
print(2 ** 200, (-3) ** 101, (-(2 ** 70)) ** 3, (2 ** 70) ** 0, 10 ** -2, (2 ** 70) ** -1)
print(pow(3, 10 ** 20, 10 ** 9 + 7), pow(2 ** 100, -1, 97), pow(-5, 3, -7), pow(5, -3, -7))
print(pow(3 ** 80, 5 ** 30, 2 ** 127 - 1), pow(-(3 ** 80), 12345, -(2 ** 89 - 1)), pow(7, 0, 1), pow(7, -1, 1))
for bad in ((2, -1, 4), (2 ** 70, -1, 2 ** 80), (3, 2, 0)):
    try:
        print(pow(*bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in ((2 ** 70, -1), (1, -(2 ** 70))):
    try:
        print(bad[0] << bad[1])
    except ValueError as e:
        print("ValueError:", e)
for z in (0, 0 * 2 ** 70):
    for op in ("//", "%", "/"):
        try:
            print(eval("(2 ** 70)" + op + "z"))
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)

print(int("1" * 50), int("-" + "9" * 30), int("ff" * 20, 16), int("z" * 30, 36), int("  -1_000_000_000_000_000_000_000 "))
print(hex(-2 ** 100), bin(2 ** 65), oct(2 ** 70), hex(2 ** 70 - 1).upper(), str(-12345678901234567890123))
print(len(str(10 ** 4299)), len(str(-(10 ** 4299))), int("9" * 4300) % 1000)
for text in ("1" * 4301, "-" + "1" * 4301):
    try:
        int(text)
    except ValueError as e:
        print("ValueError:", e)
for v in (10 ** 4300, -(10 ** 4300), 10 ** 5000):
    try:
        str(v)
    except ValueError as e:
        print("ValueError:", e)
print(len(hex(10 ** 5000)), int(hex(10 ** 5000), 16) == 10 ** 5000)
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)), int("7" * 5500) % 1000)
sys.set_int_max_str_digits(4300)

for v in (2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30), 2 ** 1000, 3 ** 500):
    print(hash(v), hash(v) == hash(float(v)) if v < 2 ** 1000 else "")
print((2 ** 100).bit_length(), (-(2 ** 100)).bit_length(), (2 ** 100 - 1).bit_count(), (-(3 ** 40)).bit_count())
print((2 ** 100).to_bytes(13, "big"), (-(2 ** 70)).to_bytes(10, "little", signed=True), (2 ** 71 - 1).to_bytes(9, "big", signed=True))
print(int.from_bytes(b"\xff" * 12, "little", signed=True), int.from_bytes(b"\x80" + b"\x00" * 11, "big", signed=True), int.from_bytes(b"\x01" * 12, "big"))
for args in ((2 ** 70, 8, "big"), (-1, 1, "big")):
    try:
        args[0].to_bytes(args[1], args[2])
    except OverflowError as e:
        print("OverflowError:", e)

print(float(2 ** 1000), float(2 ** 53 + 1), float(-(2 ** 64 + 2 ** 11 + 1)), float(2 ** 64 + 2 ** 11), float(2 ** 1024 - 2 ** 971), float(2 ** 1024 - 2 ** 971 + 2 ** 969))
print(float(2 ** 54 + 3), float(2 ** 80 + 2 ** 27), float(2 ** 80 + 2 ** 28 - 1), float(-(2 ** 200 + 2 ** 147)))
for v in (10 ** 400, -(10 ** 400), 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971 + 2 ** 970):
    try:
        float(v)
    except OverflowError as e:
        print("OverflowError:", e)
print((2 ** 1000) / (3 ** 100), 10 ** 400 / 10 ** 399, (10 ** 500 + 1) / 10 ** 500, 1 / 3 ** 700, -(2 ** 80) / 3)
print((2 ** 80 + 1) / 2 ** 27, 10 ** 30 / 7, -(10 ** 30) / 7, 2 ** 1100 / 2 ** 100)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(1e300 < 10 ** 301, 10 ** 400 > 1e308, float("nan") == 10 ** 30, 2 ** 63 == 9.223372036854776e18, 2 ** 53 + 1 == 2.0 ** 53)
print(math.factorial(30), math.comb(100, 50), math.perm(30, 20), math.isqrt(10 ** 41), math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 70, 3 ** 5))
print(math.log(10 ** 500), math.log2(2 ** 2000), abs(-(2 ** 70)), -(-(2 ** 63)), round(123456789012345678901234567890, -5))
