# str(), repr(), ascii(), format(), chr/ord round trips on builtins.
print(str("s"), repr("s"), ascii("s"), format("s"), format("s", "^5") + "|")
print(str(1.0), repr(1.0), str(0.1), repr(1e50), str(-1e-9))
print(str([1.5, "x"]), repr([1.5, "x"]), str({"a": [None]}))
print(format(1234.5678, ",.2f"), format(42, "08b"), format(0.5, ".0%"), format("text", "*>8"))
print([ord(c) for c in "Hé€😀"], "".join([chr(c) for c in [80, 121, 116, 104, 111, 110]]))
print(ascii("plain"), ascii("tab\t"), ascii("ü"), ascii("\u20ac"), ascii(["ä", 1]))
print(len(str(2 ** 64)), len(repr("ab")), str(str) == "<class 'str'>")
print(str(int), str(list), repr(dict), str(type(None)))
class E(Exception):
    pass
print(str(E), str(ValueError), str(E("m")), repr(E("m")))
print(str(range(3)), str(slice(1, 2)), str(frozenset({1})), str(set()))
print("%s|%r|%a" % ("é", "é", "é"))
print(str(b"\x00"), repr(b"a'"), str(bytearray(b"hi")))
