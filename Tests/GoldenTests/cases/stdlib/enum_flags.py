# enum: Flag and IntFlag — combining, membership, iteration, pseudo-members, boundaries.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, KEEP


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), len(Perm), repr(Perm), Perm.__members__)
rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value, repr(Perm.RWX), repr(Perm(3)), repr(Perm(0)), str(Perm(0)))
print(Perm.R in rw, Perm.X in rw, Perm.RWX in rw, rw in Perm.RWX, len(rw), len(Perm.RWX), list(Perm.R | Perm.X))
print(bool(Perm(0)), bool(Perm.X), repr(rw & Perm.W), repr(rw ^ Perm.RWX), repr(~Perm.R), repr(~Perm.RWX))
print(Perm(6) is rw, Perm(7) is Perm.RWX, Perm["RWX"], rw == Perm.R | Perm.W, rw != Perm.R)
print(Perm(0).name, Perm.R.name, (Perm.R | Perm.X).name, f"{rw}", format(Perm.X))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE.value, repr(Color.RED | Color.BLUE), repr(~Color.RED), Color.BLUE.value)
for c in Color.WHITE:
    print(" ", c)


class Soft(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(Soft(7)), repr(Soft(4)))


class Status(IntFlag):
    READY = 1
    BUSY = 2
    ERROR = 4


s = Status.READY | Status.ERROR
print(repr(s), str(s), f"{s}", format(s, "03d"), s + 1, s == 5, isinstance(s, int), s.value)
print(repr(Status.READY | 8), repr(Status(8)), repr(Status(0)), repr(~Status.READY), repr(Status.BUSY & 3))
print(repr(Status.BUSY ^ Status.READY), list(Status.READY | Status.BUSY | 8), Status.ERROR in s, bool(Status(0)))
print(repr(1 | Status.BUSY), repr(Status), Status["BUSY"], Status(2), sorted([Status.ERROR, Status.READY]))
