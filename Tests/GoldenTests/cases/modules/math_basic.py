# math module: constants, rounding, roots, logs, exponentials.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.isqrt(17), math.isqrt(10 ** 20))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), math.trunc(2.9))
print(type(math.floor(2.5)).__name__, math.floor(5), math.ceil(7), math.floor(-0.5))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1))
print(math.exp(0), math.exp(1), math.exp(2), math.expm1(1e-10))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(10))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log1p(1e-10))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 8), math.gcd(7, 13), math.lcm(4, 6))
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(30))
print(math.comb(5, 2), math.comb(10, 0), math.comb(52, 5), math.perm(5, 2), math.perm(5), math.comb(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.prod([0.5, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
