# Integer arithmetic, floor division and modulo signs, divmod, pow.
print("basic:", 7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}")
print("true division always float:", 6 / 3, -7 / 2, type(4 / 2).__name__)
print("pow:", pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0), 2 ** -3)
print("pow mod:", pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(7, -1, 13), pow(3, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print("abs:", abs(-5), abs(5), abs(0), abs(-10 ** 20))
print("negation:", -(-3), -0, +(-3))
print("comparisons:", 3 < 5, 5 <= 5, 5 == 5.0, 3 != 3, -1 < 0)
print("max/min:", max(3, 9, -2), min(3, 9, -2))
print("int division result type:", type(7 // 2).__name__, type(7 % 2).__name__)
print("mixed with float:", 7 // 2.0, 7 % 2.0, -7 // 2.0, 2 ** 0.5)
print("large exponent:", 3 ** 40, (-2) ** 63, 10 ** 18 + 1)
print("round on int:", round(1234, -2), round(1250, -2), round(1350, -2), round(-55, -1), round(7))
print("chained ops:", 100 - 2 * 3 ** 2 // 4 % 5)
x = 17
x //= -5
print("augmented floor:", x)
print("zero exponent:", 0 ** 0, 5 ** 0, (-5) ** 0)
print("negative base odd/even:", (-3) ** 3, (-3) ** 4)
print("int from bool arithmetic:", True + True, True * 10, False - 1)
