# inf, nan, negative zero.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == float("inf"))
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(nan + 1, nan * 0, max(1.0, 2.0), min(inf, 5))
l = [nan]
print("list contains same nan:", nan in l, l == l, [nan] == [nan])
print(float("nan") in [float("nan")])
z = -0.0
print(z, 0.0 == -0.0, str(z), repr(-0.0 * 1), 0.0 * -1, -0.0 + 0.0)
print(abs(-0.0), -(0.0), 1 / inf * -1)
print(int(1e308), len(str(int(1e308))))
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
print(5e-324 / 2, 5e-324 * 0.5)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(inf // 1, inf - 1e308, 5 % inf, -5 % inf)
print(sorted([3.0, -inf, inf, 0.0, -1.5]))
print(f"{inf:.2f} {-inf:e} {nan:f} {inf:10}|{nan:<6}|")
print(float("INF"), float("-Infinity"), float("NaN"), float("+inf"))
