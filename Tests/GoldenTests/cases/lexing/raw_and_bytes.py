# Raw strings and bytes literals.
print(r"raw: \n stays \t")
print(R"upper R: \d+")
print(len(r"\n"), len("\n"))
print(repr(r"C:\path\to\file"))
print(r'raw quote: \' still two chars', len(r'\''))
b = b"hello"
print("bytes:", b, type(b).__name__, len(b))
print("bytes escape:", b"\x00\xff\n", len(b"\x00\xff\n"))
print("bytes index:", b[0], b[-1])
print("raw bytes:", rb"\x00", br"\n", len(rb"\x00"))
print("bytes upper B:", B"abc", Rb"\t")
print("bytes repr quotes:", b"it's", b'say "hi"', b"both ' \"")
print("bytes of high values:", bytes([0, 127, 128, 255]))
print("bytes printable range:", b"\x20\x7e\x7f")
print("triple bytes:", b"""a
b""")
print("concat bytes:", b"ab" b"cd")
