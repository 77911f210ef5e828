# int-float comparisons are exact (no rounding of the int), for machine ints beyond 2**53,
# around 2**63, for big ints far beyond the float range, and with NaN and infinities; float-float
# comparisons with NaN, signed zeros and infinities.
import itertools

nan = float("nan")
inf = float("inf")
ints = [0, 1, -1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 62 + 1, 2 ** 63 - 1, -(2 ** 63), -(2 ** 63) - 1,
        2 ** 63, 2 ** 63 + 1, 2 ** 64, 10 ** 20 + 1, 2 ** 1023 * 3, 2 ** 1024, -(2 ** 1024), 10 ** 400]
floats = [0.0, -0.0, 0.5, -0.5, 1.0, 9007199254740992.0, 9007199254740994.0, 4.611686018427388e18,
          9.223372036854776e18, -9.223372036854776e18, 1.8446744073709552e19, 1e20, 1.7976931348623157e308,
          -1.7976931348623157e308, inf, -inf, nan]
rows = []
for i, f in itertools.product(ints, floats):
    rows.append("".join("1" if r else "0" for r in (i < f, i <= f, i == f, i != f, i > f, i >= f,
                                                    f < i, f <= i, f == i, f != i, f > i, f >= i)))
for k in range(0, len(rows), 17):
    print(" ".join(rows[k:k + 17]))
for x, y in itertools.product(floats, floats):
    print(int(x < y), int(x <= y), int(x == y), int(x != y), int(x > y), int(x >= y), end=" | ")
print()
print(True < 1.5, False == 0.0, 2.5 > True, sorted([3, 1.5, 2 ** 70, -2.0, 10 ** 20, 1e20, 0]))
print(max(1e308, 10 ** 309), min(-1e308, -(10 ** 309)), 2 ** 1000 > 1e300, 2 ** 1000 < inf)
