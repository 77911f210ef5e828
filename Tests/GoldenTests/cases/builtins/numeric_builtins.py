# round, divmod, pow, abs, bin/oct/hex, int/float interplay in builtins.
values = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1e-3]
print([round(v) for v in values])
print([round(v, 1) for v in values])
print([round(v, 2) for v in values])
print(round(12345, -2), round(-12355, -1), round(15, -1), round(25, -1), round(0.0), round(-0.0))
print(divmod(0, 5), divmod(-1, 5), divmod(10, 3), divmod(-10, -3), divmod(1.5, 0.5), divmod(-1.5, 1))
print(pow(10, 2), pow(10, -2), pow(4, 0.5), pow(-2, 2, 5), pow(123456789, 987654321, 1000))
print(abs(-7), abs(7.25), abs(-2 ** 70))
print(bin(0b1111), oct(0o777), hex(0xABC), bin(1 << 20), hex(-(2 ** 40)))
print(int(bin(37)[2:], 2), int(hex(37)[2:], 16), int(oct(37)[2:], 8))
print(max(1, 2.0), min(1, 1.0), max(1.0, 1), sum([1, 2.0]), 3 * 1.0)
print(float(7) / 2, 7 // 2, -7 // 2, int(-7 / 2), round(-7 / 2))
print(isinstance(round(2.5), int), isinstance(round(2.5, 1), float), isinstance(divmod(5, 2)[0], int))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sum(range(1, 11)) / len(range(1, 11)), sum([3, 4]) // 2, abs(-3) ** 2)
