# center / ljust / rjust / zfill / encode / format basics.
print("[" + "hi".center(10) + "]", "[" + "hi".center(9, "*") + "]", "[" + "hi".center(1) + "]")
print("[" + "odd".center(8, "-") + "]", "[" + "even".center(7, ".") + "]")
print("[" + "left".ljust(10) + "]", "[" + "left".ljust(10, "_") + "]", "[" + "long text".ljust(3) + "]")
print("[" + "right".rjust(10) + "]", "[" + "right".rjust(10, "0") + "]")
print("zfill:", "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.75)]
for name, qty, price in table:
    print(name.ljust(8) + str(qty).rjust(5) + ("%.2f" % price).rjust(7))
print("encode utf-8:", "héllo".encode("utf-8"), "héllo".encode())
print("encode ascii:", "abc".encode("ascii"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("encode errors:", "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
print("latin-1:", "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print("roundtrip:", "日本".encode("utf-8").decode("utf-8"), len("日本".encode("utf-8")))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("decode replace:", repr(b"a\xffb".decode("utf-8", "replace")))
print("format method:", "{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("ab", "-"))
print("translate:", "hello".translate(str.maketrans("el", "ip")), "abc".translate({ord("a"): None}))
print("maketrans dict:", "cat".translate(str.maketrans({"c": "b", "t": "d"})))
