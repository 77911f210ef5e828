# struct: pack/unpack/calcsize/pack_into/unpack_from/iter_unpack, Struct, byte orders and
# native alignment, every format code, and struct.error's messages.
import struct

for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "?", "c", "P",
            "hi", "@hi", "=hi", "<hi", ">hi", "!hi", "bhq", "<bhq", "3s", "2h3x", "10p", "0s", "ci", "x", "", " 2h i "]:
    print(repr(fmt), struct.calcsize(fmt))

print(struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 5, -2**63, 2**64 - 1))
print(struct.pack(">bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 5, -2**63, 2**64 - 1))
print(struct.pack("@bhiq", 1, 2, 3, 4), struct.pack("=bhiq", 1, 2, 3, 4))
print(struct.pack("<efd", 1.5, 0.1, -2.25), struct.pack(">efd", float("inf"), float("-inf"), 1e300))
print(struct.unpack("<efd", struct.pack("<efd", 1.5, 0.1, -2.25)))
print(struct.unpack(">d", struct.pack(">d", float("nan")))[0] != 0, struct.pack("<f", 1e-50))
print(struct.pack("?" * 4, 0, 1, [], "x"), struct.unpack("??", b"\x00\x05"))
print(struct.pack("c3s5s", b"x", b"abcdef", b"ab"), struct.pack("5p", b"abcdefgh"), struct.pack("3p", b"a"))
print(struct.unpack("c3s5p", b"xabc\x03defg"), struct.unpack("<hH", b"\xff\xff\xff\xff"))
print(struct.unpack(">iI", b"\xff\xff\xff\xfe\x00\x00\x01\x00"), struct.unpack("<q", b"\x01" * 8))
print(struct.unpack("@bi", struct.pack("@bi", 7, 8)), struct.pack("!H", 0x1234), struct.pack("2h", 1, 2))

s = struct.Struct("<hhl")
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b"\x01\x00\x02\x00\x03\x00\x00\x00"))
buf = bytearray(12)
s.pack_into(buf, 2, 7, 8, 9)
print(buf, s.unpack_from(buf, 2), struct.unpack_from("<h", buf, offset=4), struct.unpack_from("<h", buf, -2))
struct.pack_into(">H", buf, -2, 0xABCD)
print(buf)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")), list(s.iter_unpack(bytes(16))))
print(struct.Struct(b"<i").format, struct.pack("<i", True), struct.unpack(b"<h", b"\x05\x00"))

class Index:
    def __index__(self):
        return 42
print(struct.pack("<i", Index()), struct.pack("<d", 3), struct.pack("<f", True))

def err(f, *args):
    try:
        print(f(*args))
    except struct.error as e:
        print("struct.error:", e)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)

for fmt, v in [("b", 200), ("B", -1), ("h", 70000), ("<h", 70000), ("H", -1), ("i", 2**40), ("<i", 2**40),
               ("I", -1), ("<I", -1), ("l", 2**70), ("<l", 2**40), ("q", 2**70), ("Q", -1), ("<Q", -1),
               ("<b", 200), ("h", "x"), ("h", 1.5), ("f", "x"), ("c", b"ab"), ("c", "a"), ("s", "x"),
               ("<e", 1e10), ("<f", 1e300), ("<n", 1), ("z", 1), ("<P", 1), ("3", 1)]:
    err(struct.pack, fmt, v)
err(struct.pack, "hh", 1)
err(struct.pack, "h", 1, 2)
err(struct.unpack, "h", b"abc")
err(struct.unpack_from, "h", b"a", 0)
err(struct.unpack_from, "h", b"abc", 2)
err(struct.unpack_from, "h", b"abc", -5)
err(struct.pack_into, "h", bytearray(3), 2, 1)
err(struct.pack_into, "h", bytearray(3), -5, 1)
err(lambda: list(struct.iter_unpack("h", b"abc")))
err(lambda: list(struct.iter_unpack("", b"abc")))
err(struct.calcsize, "q@")
print(issubclass(struct.error, Exception), struct.error.__module__)
