# base64 (b64, urlsafe, standard, b32, b32hex, b16, encodebytes) and binascii (hexlify,
# unhexlify, base64 lines, crc32, crc_hqx) with their errors.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], b"\xfb\xff\xbf"]
for s in samples:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"+/+/", altchars=b"-_"), base64.b64decode("-_-_", altchars="-_"))
print(base64.standard_b64encode(b"hi"), base64.standard_b64decode("aGk="), base64.b64decode("aG k=\n"))
print(base64.b64decode(b"aGk=extra"), base64.b64decode(b"aGk=="))
print(base64.b32hexencode(b"hello"), base64.b32decode(b"nbswy3dp", casefold=True), base64.b32decode(b"0BSWY3DP".replace(b"0", b"N")))
print(base64.b32decode(b"N1SWY3DP".replace(b"N1", b"NB")), base64.b32decode(b"NB5WY3DP", map01=b"L"))
print(base64.b16decode(b"48656c6c6f", casefold=True), base64.b16decode("48656C6C6F"))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\neHh4\n"))

def err(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

err(base64.b64decode, b"abc")
err(base64.b64decode, b"a")
err(base64.b64decode, b"abcde")
err(base64.b64decode, b"ab$c", validate=True)
err(base64.b64decode, b"aGk=", validate=True)
err(base64.b64decode, b"aGk==", validate=True)
err(base64.b64decode, b"ab$cd", validate=False)
err(base64.b64decode, "é")
err(base64.b64encode, "text")
err(base64.b32decode, b"abc")
err(base64.b32decode, b"MZXW6===")
err(base64.b32decode, b"mzxw6===")
err(base64.b32decode, b"MZXW6Y=======")
err(base64.b32decode, b"M1XW6YQ=")
err(base64.b16decode, b"4x")
err(base64.b16decode, b"abc")
err(base64.b16decode, b"ab")
err(base64.b64decode, 123)

print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"abc"), binascii.hexlify(b"abcd", "-"), binascii.hexlify(b"abcdef", b":", 2))
print(binascii.hexlify(b"abcde", "_", 2), binascii.hexlify(b"abcde", "_", -2), binascii.hexlify(b"", "-"))
print(binascii.unhexlify(b"01abFF"), binascii.a2b_hex("6869"), binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hi", newline=False))
print(binascii.a2b_base64(b"aGVsbG8=\n"), binascii.a2b_base64("aGk="), binascii.a2b_base64(b"aG=k="))
print(binascii.crc32(b"hello world"), binascii.crc32(b""), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b"hello", 0xFFFFFFFF), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"123456789", 0xFFFF))
err(binascii.unhexlify, b"abc")
err(binascii.unhexlify, b"zz")
err(binascii.a2b_base64, b"aGk")
err(binascii.a2b_base64, b"a")
err(binascii.a2b_base64, b"aGk=", strict_mode=True)
err(binascii.a2b_base64, b"aG=k", strict_mode=True)
err(binascii.a2b_base64, b"aG$k", strict_mode=True)
err(binascii.a2b_base64, b"=aGk", strict_mode=True)
err(binascii.a2b_base64, b"aGk=x", strict_mode=True)
err(binascii.hexlify, "str")
err(binascii.crc32, "str")
print(issubclass(binascii.Error, ValueError))
