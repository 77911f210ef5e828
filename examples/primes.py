"""Primes three ways: trial division, a sieve, and a factorization table."""

import math


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for p in range(2, math.isqrt(limit) + 1):
        if flags[p]:
            for multiple in range(p * p, limit + 1, p):
                flags[multiple] = False
    return [n for n, flag in enumerate(flags) if flag]


def factorize(n):
    factors, d = {}, 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


print("primes below 60:", [n for n in range(60) if is_prime(n)])
primes = sieve(100_000)
print(f"{len(primes)} primes below 100,000; the largest is {primes[-1]}")
print("agree with trial division:", primes[:500] == [n for n in range(primes[499] + 1) if is_prime(n)])
print()
for n in [84, 97, 360, 1001, 2 ** 16 + 1, 600851475143]:
    parts = " * ".join([f"{p}^{e}" if e > 1 else str(p) for p, e in factorize(n).items()])
    print(f"{n:>15,} = {parts}")
