# Type constructors as conversions: str int float bool list dict set frozenset tuple repr.
print(str(42), str(-1.5), str([1, "a"]), str(None), str(b"x"), str(), repr("x"), repr(1.0))
print(int("7"), int(7.9), int("-0x1f", 16), int(), float("2.5"), float(3), float(), float("-inf"))
print(bool(), bool(0), bool("0"), bool([None]), bool(0.0), bool(-1))
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(2)), list(), list({3}))
print(tuple([1, 2]), tuple("ab"), tuple(), tuple({"k": 1}.items()))
print(dict([("a", 1)]), dict(a=1), dict(), dict({"x": 1}, y=2), dict(zip("ab", "cd")))
print(set([1, 1, 2]), set(), set((3, 3)), frozenset([2, 1]), frozenset())
print(chr(65), ord("A"), chr(0x1F600), ord("€"), hex(255), oct(8), bin(5))
print(hex(-1), oct(0), bin(-3), int(hex(1234), 16), int(bin(99), 2), int(oct(64), 8))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
print(repr(1), repr("a'b"), repr([1, "2"]), repr((1,)), repr({1: "x"}), repr(None), repr(True))
print(str(3.0), str(1e-7), str(10 ** 21 * 1.0), int(" 12 "), float(" 1.5\n"))
print(list(map(str, [1, 2])), "".join(map(str, range(5))))
print(type(int("5")) is int, type(str(5)) is str, type(float(1)) is float)
print(int(True) + int(False), float(False), str(True) + str(None))
