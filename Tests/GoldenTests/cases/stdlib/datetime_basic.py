# datetime: date, time, datetime, timedelta and timezone — construction, repr/str, arithmetic,
# comparison, ISO formats, strftime/strptime, and the errors.
import datetime

D = datetime.date
T = datetime.time
DT = datetime.datetime
TD = datetime.timedelta
TZ = datetime.timezone

print(repr(TD()), repr(TD(1)), repr(TD(hours=25, seconds=1.5)), repr(TD(microseconds=-1)))
print(str(TD()), str(TD(days=2, hours=3)), str(TD(days=-1)), str(TD(seconds=-1)), str(TD(minutes=90, microseconds=7)))
print(TD(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1))
print(TD(days=1.5), TD(seconds=0.5), TD(hours=-1.25).total_seconds(), TD(days=1).total_seconds())
d = TD(days=3, hours=4)
print(d.days, d.seconds, d.microseconds, d * 2, 2 * d, d / 2, d // 3, d / TD(hours=1), d // TD(hours=5))
print(d % TD(days=1), divmod(d, TD(days=2)), -d, abs(-d), d - TD(days=4), d + TD(0), d * 0.5)
print(TD(1) == TD(hours=24), TD(1) < TD(2), TD(0) or "falsy", bool(TD(microseconds=1)), hash(TD(1)) == hash(TD(hours=24)))
print(TD.min, TD.max, TD.resolution)
# (Baozi names its classes "timedelta", not "datetime.timedelta", in operator errors.)
for bad in (lambda: TD(days=10 ** 9), lambda: TD("1")):
    try:
        bad()
    except (OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)

day = D(2024, 2, 29)
print(repr(day), day, day.year, day.month, day.day, day.weekday(), day.isoweekday(), day.isocalendar())
print(day.isocalendar().week, day.toordinal(), D.fromordinal(738945), day.replace(day=1), day.ctime())
print(day + TD(days=1), day - TD(days=60), D(2024, 3, 1) - day, day.timetuple()[:3], day.timetuple().tm_yday)
print(day.isoformat(), D.fromisoformat("2023-12-31"), D.fromisoformat("20231231"), D.fromisocalendar(2024, 1, 1))
print(day.strftime("%Y/%m/%d %A %B %j %a %b"), format(day, "%d.%m.%Y"), "{:%Y}".format(day), format(day))
print(D(2024, 1, 1) < D(2024, 1, 2), D(2024, 1, 1) == D(2024, 1, 1), sorted([D(2024, 5, 1), D(2023, 1, 1)]))
print(D.min, D.max, D.resolution, D(2023, 1, 1) == DT(2023, 1, 1))
for args in ((2024, 13, 1), (2023, 2, 29), (0, 1, 1), (10000, 1, 1), (2024, 1, 0)):
    try:
        D(*args)
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: D(2024.0, 1, 1), lambda: D.fromisoformat("2024-1-1"), lambda: D.fromisoformat("2024-13-01"),
            lambda: D(9999, 12, 31) + TD(days=1)):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

t = T(13, 5)
print(repr(t), t, repr(T(1, 2, 3)), repr(T(1, 2, 3, 4)), T(1, 2, 3, 4), T(23, 59, 59, 999999).isoformat("milliseconds"))
print(t.isoformat("hours"), t.isoformat("minutes"), T.fromisoformat("10:11:12.5"), T.fromisoformat("T0102"))
print(t.strftime("%H:%M:%S %p %I"), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, T() < t, T.min, T.max)
print(t.replace(hour=1), T(12, tzinfo=TZ.utc), repr(T(12, tzinfo=TZ(TD(hours=2)))), T(12, tzinfo=TZ.utc).utcoffset())
for args in ((24,), (1, 60), (1, 1, 60), (1, 1, 1, 10 ** 6)):
    try:
        T(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    T.fromisoformat("25:00")
except ValueError as e:
    print("ValueError:", e)

moment = DT(2024, 3, 10, 14, 30, 15, 250)
print(repr(moment), moment, repr(DT(2024, 3, 10)), repr(DT(2024, 3, 10, 1)), repr(DT(2024, 3, 10, 1, 2, 3)))
print(moment.date(), moment.time(), moment.isoformat(), moment.isoformat(" ", "seconds"), moment.isoformat(timespec="hours"))
print(moment + TD(hours=10), moment - TD(days=10), moment - DT(2024, 1, 1), DT(2024, 1, 1) - moment)
print(moment.strftime("%Y-%m-%d %H:%M:%S.%f %%"), moment.ctime(), moment.weekday(), moment.timetuple()[:6])
print(DT.combine(D(2020, 5, 17), T(8, 0)), DT.combine(day, T(1, tzinfo=TZ.utc)), moment.replace(year=2000, microsecond=0))
print(DT.fromisoformat("2024-03-10T14:30:15.000250"), DT.fromisoformat("2024-03-10 14:30"), DT.fromisoformat("2024-03-10"))
print(repr(DT.fromisoformat("2024-03-10T14:30:00+05:30")), DT.fromisoformat("2024-03-10T14:30:00Z"))
print(DT.strptime("2024-03-10 14:30:15", "%Y-%m-%d %H:%M:%S"), DT.strptime("10 Mar 24, 2:05 PM", "%d %b %y, %I:%M %p"))
print(DT.strptime("2024-070", "%Y-%j"), DT.strptime("12:00:00.5 +0200", "%H:%M:%S.%f %z"), DT.strptime("March 1 2021", "%B %d %Y"))
for args in (("2024-03-10", "%Y/%m/%d"), ("2024-03-10 extra", "%Y-%m-%d")):
    try:
        DT.strptime(*args)
    except ValueError as e:
        print("ValueError:", e)

utc = TZ.utc
aware = DT(2024, 1, 1, 12, tzinfo=utc)
plus2 = TZ(TD(hours=2), "EET")
print(repr(utc), utc, repr(plus2), plus2, TZ(TD(hours=-5, minutes=-30)), repr(TZ(TD(minutes=90))), TZ(TD(0)) is utc)
print(repr(aware), aware, aware.utcoffset(), aware.tzname(), aware.dst(), aware.astimezone(plus2))
print(aware.timestamp(), DT.fromtimestamp(0, utc), DT.fromtimestamp(86400.5, plus2), DT.utcfromtimestamp(1e9))
print(aware == DT(2024, 1, 1, 14, tzinfo=plus2), aware - DT(2024, 1, 1, 14, 30, tzinfo=plus2), aware.strftime("%z %Z"))
print(aware == DT(2024, 1, 1, 12), hash(aware) == hash(DT(2024, 1, 1, 14, tzinfo=plus2)), datetime.UTC is utc)
for bad in (lambda: aware < DT(2024, 1, 1), lambda: aware - DT(2024, 1, 1), lambda: TZ(TD(hours=24)),
            lambda: TZ(5), lambda: DT(2024, 1, 1, tzinfo=5), lambda: moment < day):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

now = DT.now()
print(type(now).__name__, now.year >= 2024, DT.today().tzinfo, D.today() == now.date() or True)
print(DT.now(utc).tzinfo is utc, isinstance(DT.utcnow(), D), DT.min, DT.max, datetime.MINYEAR, datetime.MAXYEAR)
local = DT(2024, 6, 1, 12)
print(DT.fromtimestamp(local.timestamp()) == local, local.astimezone().replace(tzinfo=None) == local)
