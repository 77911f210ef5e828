import traceback
def f():
    raise KeyError("k")
try:
    f()
except KeyError:
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
    traceback.print_exc()
try:
    f()
except Exception as e:
    print("".join(traceback.format_exception(e)).splitlines()[-1])
    print(traceback.format_exception_only(type(e), e))
print(repr(traceback.format_exc()))
