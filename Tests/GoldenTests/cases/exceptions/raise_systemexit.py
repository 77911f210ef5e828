# raise SystemExit(2) at top level.
def main():
    print("main starts")
    raise SystemExit(2)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught SystemExit:", e.code, isinstance(e, BaseException), isinstance(e, Exception))
try:
    main()
except Exception:
    print("SystemExit is not an Exception, so this is not printed")
finally:
    print("finally still runs")
