# bool and None.
print(True, False, type(True).__name__, int(True), int(False))
print(True + True, True * 3, False * 10, True / 2, -True, ~False)
print(True == 1, False == 0, isinstance(True, int))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]))
print(bool({}), bool(set()), bool(()), bool(None), bool(range(0)), bool(range(1)))
print(str(True), repr(False), f"{True}", "%s" % False, str(True).lower())
print(sum([True, True, False, True]), max(True, 2), sorted([True, False, True]))
print(True and "yes", False and "no", True or "unused", False or "fallback")
print(not None, not 0, not "x")
print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None == 0, None == False, None != "")
def f():
    pass
print(f() is None, [None, None].count(None))
d = {None: "none key", True: "true key", 0: "zero"}
print(d[None], d[1], d[False])
print(bool.__name__, bool(bool), issubclass(bool, int))
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
print(True & True, True | False, True ^ True, True << 3)
print(hash(True) == hash(1), {True: "a", 1: "b"})
print(f"{True:d} {True:>5} {False!r}")
print(int("1") == True, "True" == str(True), bool("False"))
