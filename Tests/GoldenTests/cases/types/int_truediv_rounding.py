# int / int is correctly rounded however large the operands (one rounding, half to even).
cases = [(2 ** 60 + 1, 3), (10 ** 30, 7), (123456789012345678901, 1000), (-(10 ** 40), 3),
         (10 ** 400, 10 ** 399), (7 ** 200, 3 ** 300), (2 ** 53 + 1, 1), (2 ** 54 + 3, 2),
         (1, 3 ** 100), (-(2 ** 64 + 1), 2 ** 11), (3 ** 500, -(2 ** 700))]
for a, b in cases:
    print(a / b)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
