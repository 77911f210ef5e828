# Float repr/str: shortest round-trip digits.
vals = [0.1 + 0.2, 1e16, 1e15, 1e-5, 1e-4, 1 / 3, 2 / 3, -0.0, 0.0, 100.0, 1.5e-10,
        123456789.0, 1234567890123456789.0, 0.1, 0.5, 1.1, 2.675, 3.14159, 1e22, 1e23,
        9007199254740993.0, 5e-324, 1.7976931348623157e308, 4.35, 0.3, 1 - 0.9,
        float(2 ** 53), 12345.6789, 1e100, 1.0e-100, 3.0, -2.5, 1e300 * 1e8]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1e308") * 10, -float("1e308") * 10)
print(float("  3.5  "), float("-1E3"), float("1_000.5"), float(".5"), float("5."), float("Infinity"), float("-nan"))
print(float(3), float(-0), float(True), float("0x10".replace("0x", "")))
print([0.1 * i for i in range(1, 8)])
print(sum([0.1] * 10), 0.1 * 10)
print(1e16 + 1, 2.0 ** 0.5, 10 / 3)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(123.456, -1), round(-1.25, 1))
print(round(1e20, 2), round(0.0, 3), round(-0.4), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
