# printf-style % formatting over non-ASCII text, machine ints, and the codecs a server uses.
print("é%sü|%s→%s" % ("a", "β", "γ"))
print("%(clé)s and %(ключ)d" % {"clé": "value", "ключ": 7})
print("100%% é %d%%" % 5)
print("HTTP/1.1 %d %s\r\nContent-Length: %d\r\n" % (200, "OK", 14), end="")
print("%d|%5d|%-6d|%05d|%+d|% d|%.5d|%+.3d" % (-42, -42, -42, -42, 42, 42, -42, 7))
print("%x|%#x|%#X|%#o|%08x|%-8X|%+x" % (-255, -255, 255, -8, 255, 255, 255))
print("%d %x" % (2 ** 70, -(2 ** 70)), "%d" % -9223372036854775808)
print("%i %u %o" % (0, -0, 0), "%5.3s|%-4c|" % ("éèê", "ß"))
for fmt, args in [("é€%y", 1), ("%é", 1), ("abc%", ()), ("%(é", {}), ("ü%5.2", 1.0),
                  ("%s %s", ("one",)), ("%d", "é"), ("%x", 1.5), ("%c", 0x110000)]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(b"caf\xe9 GET".decode("latin-1"), b"plain".decode("latin-1"), b"x".decode("LATIN-1"))
print("café".encode("latin-1"), "plain".encode("ascii"), "ok".encode("Latin_1"), "é".encode("utf8"))
for text, codec in [("café", "ascii"), ("€", "latin-1")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(type(e).__name__ + ":", e)
try:
    b"caf\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__ + ":", e)
try:
    b"x".decode("no-such-codec")
except LookupError as e:
    print(type(e).__name__ + ":", e)
