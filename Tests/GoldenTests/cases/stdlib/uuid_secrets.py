# uuid (parsing, formatting, fields, uuid3/uuid4/uuid5, uuid1 shape, errors) and secrets
# (tokens, randbelow/randbits/choice ranges, compare_digest).
import uuid
import secrets

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
for form in ["12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678",
             "12345678-1234-5678-1234-567812345678"]:
    print(uuid.UUID(form) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=0), uuid.UUID(int=2**128 - 1), uuid.UUID(int=5, version=4))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "http://example.com"), uuid.uuid3(uuid.NAMESPACE_OID, "1.2"), uuid.NAMESPACE_X500)
v4 = uuid.uuid4()
print(v4.version, v4.variant, len(str(v4)), v4 != uuid.uuid4(), str(v4)[14])
v1 = uuid.uuid1()
print(v1.version, v1.variant, uuid.uuid1(node=0x123456789abc, clock_seq=7).node == 0x123456789abc)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print(uuid.UUID(int=1) < uuid.UUID(int=2), {uuid.UUID(int=1): "x"}[uuid.UUID(int=1)], int(uuid.UUID(int=9)))
print(uuid.UUID(int=0x80 << 56).variant, uuid.UUID(int=0).variant, uuid.UUID(int=0xC0 << 56).variant, uuid.UUID(int=0xE0 << 56).variant)
print(uuid.UUID(int=0).version, uuid.RFC_4122)

for kwargs in [{"hex": "123"}, {"hex": "zz345678123456781234567812345678"}, {"int": -1}, {"int": 2**128},
               {"bytes": b"short"}, {"bytes_le": b"x"}, {"fields": (1, 2)}, {"fields": (2**32, 0, 0, 0, 0, 0)},
               {"fields": (0, 0, 0, 0, 0, 2**48)}, {}, {"hex": "12345678123456781234567812345678", "int": 1},
               {"int": 1, "version": 9}]:
    try:
        uuid.UUID(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    uuid.uuid3(uuid.NAMESPACE_DNS, b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError:", e)

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(4)), len(secrets.token_hex()))
print(len(secrets.token_urlsafe(16)), all(c.isalnum() or c in "-_" for c in secrets.token_urlsafe(64)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1), secrets.randbits(0))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.choice("a") , secrets.choice([7, 7]))
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest(b"abc", b"abd"), secrets.compare_digest("ab", "ab"), secrets.compare_digest(b"a", b"ab"))
print(isinstance(secrets.token_hex(), str), int(secrets.token_hex(2), 16) < 65536, secrets.DEFAULT_ENTROPY)
for f, args in [(secrets.randbelow, (0,)), (secrets.choice, ([],)), (secrets.compare_digest, ("é", "é")), (secrets.compare_digest, (b"a", "a")),
                (secrets.compare_digest, ("a", b"a")), (secrets.compare_digest, (1, 2)), (secrets.compare_digest, ("a", 1))]:
    try:
        f(*args)
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
