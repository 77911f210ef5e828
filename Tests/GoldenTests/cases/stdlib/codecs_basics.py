# codecs basics: encode/decode/lookup for utf-8, latin-1 and ascii (with aliases and error
# handlers), CodecInfo, getencoder/getdecoder, BOM constants, and the errors.
import codecs

print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"), codecs.encode("abc"))
print(codecs.encode("héllo", "latin-1"), codecs.decode(b"h\xe9llo", "latin1"), codecs.decode(b"abc", "ASCII"))
print(codecs.encode("héllo", "ascii", "replace"), codecs.encode("héllo", "ascii", "ignore"), codecs.decode(b"h\xe9", "utf-8", "replace"))
for name in ["utf-8", "UTF8", "utf_8", "U8", "latin-1", "Latin_1", "iso-8859-1", "L1", "ascii", "US-ASCII", "646"]:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info))
print(codecs.lookup("utf-8").encode("é"), codecs.lookup("latin-1").decode(b"\xe9"), codecs.getencoder("ascii")("x"), codecs.getdecoder("utf-8")(b"y"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.utf_8_encode("é"), codecs.utf_8_decode(b"\xc3\xa9"), codecs.latin_1_encode("é"), codecs.ascii_decode(b"ok"))

def err(f, *args):
    try:
        print(f(*args))
    except (LookupError, UnicodeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

err(codecs.lookup, "no-such-codec")
err(codecs.encode, "x", "bogus")
err(codecs.encode, "é", "ascii")
err(codecs.decode, b"\xff", "utf-8")
err(codecs.decode, b"\xe9", "ascii")
err(codecs.encode, "€", "latin-1")
err(codecs.lookup, 5)
