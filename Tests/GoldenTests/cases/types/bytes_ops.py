# bytes: indexing gives int, slicing, len, decode, comparison, repr, iteration, in, concat.
b = b"hello world"
print(b, len(b), b[0], b[-1], type(b[0]).__name__)
print(b[0:5], b[6:], b[::-1], b[::2], type(b[1:3]).__name__)
print(list(b[:5]), [c for c in b"AZ"], tuple(b"\x00\x01"))
for byte in b"hi":
    print("byte", byte, chr(byte))
print(b"world" in b, b"xyz" in b, 104 in b, 105 in b)
try:
    300 in b
except ValueError as e:
    print("ValueError:", e)
print(b + b"!", b"ab" * 3, 2 * b"-")
print(b == b"hello world", b < b"help", b"a" < b"b", b"" < b"\x00", b"abc" == "abc")
print(b.decode(), b.decode("ascii"), b"caf\xc3\xa9".decode("utf-8"))
print(bytes([72, 105]), bytes(3), bytes(), bytes("é", "utf-8"), bytes(b"copy"))
print(bytes(range(65, 70)), bytes([0, 255]), bytes((1, 2)))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b + "str"
except TypeError as e:
    print("TypeError:", e)
print(repr(b"\t\n\r\x00\x7f\x80\xff'\"\\"))
print(b.upper(), b.split(), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith(b"ld"), b.strip(b"hd"), b"  x ".strip())
print(b"-".join([b"a", b"b"]), b"a,b".split(b","), b.index(b"w"))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum())
print(len(b""), bool(b""), bool(b"\x00"), b"\x00" * 2)
print(bytes([1, 2, 3])[1], b"xyz"[-2:])
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), len(ba), ba[1])
print(str(b"abc"), f"{b'x'}", "%s" % b"y")
print(sorted(b"cab"), max(b"abc"), sum(b"\x01\x02"))
print(b"Hello"[1:4].decode() + "!", hash(b"abc") == hash(b"abc"))
