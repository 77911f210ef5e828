# Micro-benchmark: float-vs-int and float-vs-float comparisons (chaos' `u < dom[0]`, `x == w`).
# stdout is a checksum; CPU time per comparison goes to stderr ("bench:").
from _micro import time_op

FLOATS = [i * 0.37 for i in range(100)]
INTS = list(range(100))


def float_int(n):
    hits = 0
    for _ in range(n):
        for i in range(100):
            if FLOATS[i] < INTS[i]:
                hits += 1
    return hits


def int_float_eq(n):
    hits = 0
    for _ in range(n):
        for i in range(100):
            if INTS[i] == FLOATS[i]:
                hits += 1
    return hits


def float_float(n):
    hits = 0
    other = FLOATS[::-1]
    for _ in range(n):
        for i in range(100):
            if FLOATS[i] <= other[i]:
                hits += 1
    return hits


def float_big(n):
    hits = 0
    big = 2 ** 70
    for _ in range(n):
        for f in FLOATS:
            if f < big:
                hits += 1
    return hits


print(time_op("float < int (x100)", float_int, 5000))
print(time_op("int == float (x100)", int_float_eq, 5000))
print(time_op("float <= float (x100)", float_float, 5000))
print(time_op("float < 2**70 (x100)", float_big, 5000))
