# Micro-benchmark: big-int arithmetic on 10,000-digit and pidigits-sized operands.
# stdout is a checksum; the CPU time per operation goes to stderr ("bench:").
import sys
from _micro import time_op

sys.set_int_max_str_digits(20000)
A = 7 ** 11835          # 10,002 digits
B = 3 ** 20959 + 12345  # 10,000 digits
C = A // 3 ** 10000     # ~5,230 digits
S = str(A)


def mul(n):
    r = 0
    for _ in range(n):
        r = A * B
    return r % 1000003


def floordiv(n):
    r = 0
    for _ in range(n):
        r = A * B // C
    return r % 1000003


def mod(n):
    r = 0
    for _ in range(n):
        r = A % C
    return r % 1000003


def to_str(n):
    r = ""
    for _ in range(n):
        r = str(A)
    return len(r)


def from_str(n):
    r = 0
    for _ in range(n):
        r = int(S)
    return r % 1000003


def add_small(n):
    # pidigits' shape: numbers of a few thousand bits, added and multiplied by small ints.
    x = 3 ** 2000
    y = 5 ** 1500
    for i in range(n):
        x = x + y
        y = y * 3 + i
    return (x + y) % 1000003


def mul_small(n):
    x = 3 ** 4000
    r = 0
    for i in range(n):
        r = x * (i + 2)
    return r % 1000003


def floordiv_small(n):
    x = 3 ** 8000
    y = 7 ** 1000
    r = 0
    for _ in range(n):
        r = x // y
    return r % 1000003


def power(n):
    r = 0
    for i in range(n):
        r = 3 ** (200000 + i)
    return r % 1000003


def powmod(n):
    r = 0
    m = 2 ** 521 - 1
    for i in range(n):
        r = pow(A, 65537 + i, m)
    return r


def shifts(n):
    x = -(A * B)
    r = 0
    for i in range(n):
        r = (x >> 1000) ^ (x << 17)
    return r % 1000003


def to_float(n):
    x = 3 ** 600
    r = 0.0
    for _ in range(n):
        r = float(x) + x / (x + 1)
    return r


print(time_op("10k-digit a*b", mul, 200))
print(time_op("20k/5k-digit a//b", floordiv, 50))
print(time_op("10k/5k-digit a%b", mod, 100))
print(time_op("str(10k digits)", to_str, 20))
print(time_op("int(10k-digit str)", from_str, 20))
print(time_op("4k-bit a+b, b*3+i", add_small, 20000))
print(time_op("6k-bit a*small", mul_small, 20000))
print(time_op("13k/3k-bit a//b", floordiv_small, 5000))
print(time_op("3**200000", power, 5))
print(time_op("pow(10k digits, e, 2**521-1)", powmod, 200))
print(time_op("shifts, xor of negatives", shifts, 200))
print(time_op("float(int), int/int", to_float, 20000))
