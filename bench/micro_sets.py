# Micro-benchmark: set and frozenset comparison and algebra (meteor_contest's `fp <= free`,
# `free - fp`, `n_free & nh`). stdout is a checksum; CPU time per operation goes to stderr.
from _micro import time_op

FREE = frozenset(range(50))
PIECES = [frozenset((i, i + 1, i + 5, i + 6, i + 11)) for i in range(0, 40)]
NEIGH = [frozenset((i - 1, i + 1, i - 5, i + 5)) for i in range(50)]
BIG_A = set(range(0, 3000, 2))
BIG_B = set(range(0, 3000, 3))


def le(n):
    hits = 0
    for _ in range(n):
        for fp in PIECES:
            if fp <= FREE:
                hits += 1
    return hits


def le_false(n):
    hits = 0
    partial = frozenset(range(0, 50, 2))
    for _ in range(n):
        for fp in PIECES:
            if fp <= partial:
                hits += 1
    return hits


def sub(n):
    total = 0
    for _ in range(n):
        for fp in PIECES:
            total += len(FREE - fp)
    return total


def and_small(n):
    total = 0
    for _ in range(n):
        for nh in NEIGH:
            total += len(FREE & nh)
    return total


def eq(n):
    other = frozenset(range(49, -1, -1))
    hits = 0
    for _ in range(n):
        if FREE == other:
            hits += 1
    return hits


def big_ops(n):
    total = 0
    for _ in range(n):
        total += len(BIG_A | BIG_B) + len(BIG_A & BIG_B) + len(BIG_A - BIG_B) + len(BIG_A ^ BIG_B)
    return total


def methods(n):
    total = 0
    for _ in range(n):
        for fp in PIECES:
            total += fp.issubset(FREE) + FREE.issuperset(fp) + fp.isdisjoint(NEIGH[3])
    return total


def inplace(n):
    total = 0
    for _ in range(n):
        s = set(BIG_A)
        s -= BIG_B
        s |= BIG_B
        s &= BIG_A
        s ^= BIG_B
        total += len(s)
    return total


print(time_op("frozenset <= (true)", le, 5000))
print(time_op("frozenset <= (false)", le_false, 5000))
print(time_op("frozenset - frozenset", sub, 2000))
print(time_op("frozenset & small", and_small, 2000))
print(time_op("frozenset == (50)", eq, 100000))
print(time_op("| & - ^ on 1500/1000 sets", big_ops, 200))
print(time_op("issubset/issuperset/isdisjoint", methods, 2000))
print(time_op("-= |= &= ^= on 1500/1000", inplace, 200))
