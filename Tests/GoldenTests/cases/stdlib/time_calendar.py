# time: struct_time, gmtime, localtime/mktime round trip, strftime, asctime, and their errors.
import time

t = time.gmtime(0)
print(tuple(t), type(t).__name__, type(t).__module__)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[0], len(t), tuple(t)[:3])
print(tuple(time.gmtime(1700000000.75)))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %w %y %%", time.gmtime(1700000000)))
print(time.strftime("%d/%m", (2024, 2, 29, 0, 0, 0, 3, 60, 0)), repr(time.strftime("", t)))
print(time.asctime(time.gmtime(1700000000)), time.asctime((2024, 1, 5, 9, 3, 7, 4, 5, 0)))
now = time.time()
local = time.localtime(now)
print(abs(time.mktime(local) - int(now)) <= 1, type(time.mktime(local)).__name__)
print(type(time.localtime()).__name__, isinstance(time.strftime("%H"), str), len(time.ctime(0)) == 24)
print(isinstance(time.timezone, int), isinstance(time.tzname, tuple), time.daylight in (0, 1))
for bad in (lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime("%Y", (1, 2)),
            lambda: time.strftime(5), lambda: time.gmtime("x"), lambda: time.strftime("%Y", "tuple")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
