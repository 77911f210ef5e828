# Float arithmetic, conversion, floor division/modulo, divmod, is_integer.
print(int(3.9), int(-3.9), int(0.999), int(-0.5))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.3))
print(5 / 2, 5.0 / 2, -5 / 2, 1 / 8, 2 ** -1)
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print((1.5).is_integer(), (2.0).is_integer(), (-0.0).is_integer())
print((2.5).as_integer_ratio(), (0.75).as_integer_ratio(), (-0.5).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(3.0 == 3, 3.0 < 4, 2.5 > 2, 1e-320 > 0)
print(max(1.5, 2), min(-0.0, 0.0), max(0.0, -0.0), abs(-2.5))
print(1.0 * 10 ** 20, 10 ** 20 * 1.0 == 10 ** 20)
print(2.0 ** 10, 2 ** 0.5 ** 2, 0.5 ** 2 ** 3)
print(4 ** 0.5, 27 ** (1 / 3), 10 ** -2)
print(float(10 ** 20), float(2 ** 63), int(float(2 ** 63)))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(1.23e4, 1.23e-4, 12300000000000000.0, 1.23e+16)
print(7.0 // 0.5, 7.0 % 0.5, -1e-20 % 1.0)
print(f"{1.0:.3f} {2.5:e} {1234.5:g} {0.000012345:g} {1e20:g} {123456789.0:g}")
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0))
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError raised:", type(e).__name__)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(float(123456789012345678901234567890))
print(1 / 3 + 1 / 3 + 1 / 3, 0.1 + 0.7, 4.35 * 100, 1.1 + 2.2)
