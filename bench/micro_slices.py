# Micro-benchmark: step slices and slice assignment (fannkuch's `perm[:k + 1] = perm[k::-1]`).
# stdout is a checksum; CPU time per operation goes to stderr ("bench:").
from _micro import time_op

L = list(range(12))
T = tuple(L)
S = "abcdefghijklmnopqrstuvwxyz" * 2
B = bytes(range(60))


def reverse_prefix(n):
    perm = list(L)
    total = 0
    for i in range(n):
        k = i % 11 + 1
        perm[:k + 1] = perm[k::-1]
        total += perm[0]
    return total


def step_list(n):
    total = 0
    for _ in range(n):
        total += len(L[::2]) + len(L[::-1])
    return total


def step_tuple(n):
    total = 0
    for _ in range(n):
        total += len(T[::2]) + len(T[7::-1])
    return total


def step_str(n):
    total = 0
    for _ in range(n):
        total += len(S[::-1]) + len(S[1::3])
    return total


def step_bytes(n):
    total = 0
    for _ in range(n):
        total += len(B[::-1]) + len(B[::5])
    return total


def assign_list(n):
    target = list(range(20))
    source = list(range(100, 108))
    for _ in range(n):
        target[4:12] = source
    return sum(target)


print(time_op("perm[:k+1] = perm[k::-1]", reverse_prefix, 100000))
print(time_op("list[::2] + list[::-1]", step_list, 100000))
print(time_op("tuple[::2] + tuple[7::-1]", step_tuple, 100000))
print(time_op("str[::-1] + str[1::3]", step_str, 100000))
print(time_op("bytes[::-1] + bytes[::5]", step_bytes, 100000))
print(time_op("list[4:12] = list", assign_list, 100000))
