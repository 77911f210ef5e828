# The time module: only types and differences are checked, never absolute times.
import time
t1 = time.time()
print("time() is float:", isinstance(t1, float), t1 > 1_600_000_000)
p1 = time.perf_counter()
m1 = time.monotonic()
total = 0
for i in range(20000):
    total += i
time.sleep(0.01)
p2 = time.perf_counter()
m2 = time.monotonic()
t2 = time.time()
print("perf_counter advanced by >= 0.01:", p2 - p1 >= 0.009)
print("monotonic non-decreasing:", m2 >= m1, "time advanced:", t2 >= t1)
print("elapsed is small:", p2 - p1 < 5)
ns = time.time_ns()
print("time_ns is int:", isinstance(ns, int), ns > 1_600_000_000 * 10 ** 9)
print("perf_counter type:", type(time.perf_counter()).__name__)
print("sleep returns:", time.sleep(0))
print("total:", total)
