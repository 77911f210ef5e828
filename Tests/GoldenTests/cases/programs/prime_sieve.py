# Sieve of Eratosthenes and some prime statistics.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]
primes = sieve(10000)
print("count below 10000:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
print("sum:", sum(primes))
prime_set = set(primes)
twins = [(p, p + 2) for p in primes if p + 2 in prime_set]
print("twin pairs:", len(twins), twins[:6])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("gap histogram:", sorted(gaps.items())[:8])
biggest = max(zip(primes, primes[1:]), key=lambda pr: pr[1] - pr[0])
print("largest gap below 10000:", biggest, biggest[1] - biggest[0])
def factorize(n):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors
for n in [360, 97, 1001, 65536, 999983, 123456789]:
    print(n, "=", " * ".join([str(f) for f in factorize(n)]))
goldbach = {n: next(iter([(p, n - p) for p in primes if n - p in prime_set])) for n in range(4, 41, 6)}
print("goldbach:", goldbach)
