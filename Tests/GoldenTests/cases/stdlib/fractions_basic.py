# fractions: construction, normalisation, arithmetic with ints/floats, comparisons, errors.
import math
from fractions import Fraction

print(Fraction(3, 4), Fraction(6, -4), Fraction(0, 5), Fraction(-7), Fraction(), repr(Fraction(1, 3)))
print(Fraction("3/4"), Fraction(" -1.25 "), Fraction("1e3"), Fraction("2.5e-2"), Fraction("7"), Fraction("1_000/3"))
print(Fraction(0.5), Fraction(0.1), Fraction(Fraction(2, 6)), Fraction(Fraction(1, 2), Fraction(3, 4)))
print(Fraction.from_float(1.75), Fraction.from_float(3), Fraction.from_decimal(4), Fraction(1, 3).as_integer_ratio())
f = Fraction(5, 12)
print(f.numerator, f.denominator, f + Fraction(1, 12), f - 1, 2 - f, f * 3, f / Fraction(5, 6), 1 / f)
print(f + 0.5, 0.25 * f, f ** 2, f ** -2, Fraction(-2, 3) ** -3, f ** 0.5, 4 ** Fraction(1, 2), 2 ** Fraction(3))
print(f // Fraction(1, 10), f % Fraction(1, 10), divmod(Fraction(7, 2), 2), -f, +f, abs(Fraction(-3, 8)))
print(int(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(1, 3), 2), round(Fraction(1234), -2))
print(float(Fraction(1, 8)), Fraction(1, 2) == 0.5, Fraction(2, 1) == 2, Fraction(1, 3) < 0.34, Fraction(1, 3) > Fraction(1, 4))
print(Fraction(1, 2) <= 0.5, 1 < Fraction(3, 2), Fraction(1, 3) == Fraction(2, 6), Fraction(1, 3) != 0.333, bool(Fraction(0)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(-1)), len({Fraction(1, 2), 0.5}))
print(sorted([Fraction(1, 2), 0.25, 1, Fraction(-1, 3)]), sum([Fraction(1, 3)] * 3), max(Fraction(7, 3), 2))
print(Fraction(3.141592653589793).limit_denominator(1000), Fraction(1, 3).limit_denominator(2), Fraction("0.333").limit_denominator(10))
print(Fraction(float("1e-5")).limit_denominator(), f == f.__copy__(), Fraction(2, 4) in {Fraction(1, 2)})
for args in [(1, 0), ("1/0",), ("abc",), ("1/",), ("1.2.3",), (1.5, 2), ("3", 4), ([1],), (float("nan"),), (float("inf"),)]:
    try:
        Fraction(*args)
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for op in (lambda: Fraction(1, 2) / 0, lambda: Fraction(0) ** -1, lambda: Fraction(1, 2) + "x", lambda: Fraction(1).limit_denominator(0)):
    try:
        op()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
