# hashlib over OpenSSL: md5, sha1, sha2, sha3, blake2, new(), update/digest/hexdigest/copy,
# digest_size/block_size/name, and the errors.
import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
             "sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    h = getattr(hashlib, name)(b"hello world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    assert hashlib.new(name, b"hello world").digest() == h.digest()

h = hashlib.sha256()
print(h.hexdigest())
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), c.hexdigest() == hashlib.sha256(b"hello ").hexdigest())
print(h.digest()[:8], h.digest() == h.digest(), len(h.digest()))
h.update(bytearray(b"!"))
print(h.hexdigest())
print(hashlib.md5(b"a" * 100000).hexdigest(), hashlib.sha1("é".encode()).hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new("sha512_256", b"x").hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
s = hashlib.shake_128(b"abc")
print(s.name, s.digest_size, s.hexdigest(10), s.digest(4), hashlib.new("shake_256", b"").hexdigest(8), s.copy().hexdigest(3))
print(hashlib.md5(string=b"abc").hexdigest(), hashlib.sha256(b"abc", usedforsecurity=False).hexdigest()[:16])

for f, args in [(hashlib.sha256, ("text",)), (hashlib.new, ("nope",)), (hashlib.md5, (5,)),
                (hashlib.new, ("md5", "x"))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    hashlib.sha1().update("x")
except TypeError as e:
    print("TypeError:", e)
