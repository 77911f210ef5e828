# int() parsing, bases, bin/oct/hex, bit_length.
print(int("42"), int("-17"), int("  +8  "), int("1_000"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2), int("z", 36), int("Zz", 36))
print(int("0x1f", 16), int("0b11", 2), int("0o17", 8))
print(int("0x1f", 0), int("0b101", 0), int("0o17", 0), int("42", 0), int("1_0", 0))
print(int(3.9), int(-3.9), int(2.0), int(True), int(1e10))
print(int("10", base=3), int(b"12"))
for bad in ["abc", "1.5", "", " ", "0x10", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("012", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(0))
print(bin(2 ** 40), hex(2 ** 64))
for n in [0, 1, 2, 7, 8, 255, 256, -1, -8, -9, 1023, 1024]:
    print(n, n.bit_length(), end="; ")
print()
print(str(123), repr(-45), str(10 ** 20))
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(format(255, "b"), format(255, "08b"), format(255, "x"), format(-255, "#x"))
print((7).bit_count(), (-255).bit_count(), (10).conjugate(), (5).real, (5).imag, (6).numerator, (6).denominator)
