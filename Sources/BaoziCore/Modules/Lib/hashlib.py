"""Secure hashes and message digests (md5, sha1, sha2, sha3, blake2), computed by OpenSSL's
libcrypto through _baozi_hashlib."""

import _baozi_hashlib

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
           "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "new", "algorithms_guaranteed",
           "algorithms_available")

algorithms_guaranteed = frozenset(("md5", "sha1", "sha224", "sha256", "sha384", "sha512",
                                   "blake2b", "blake2s", "sha3_224", "sha3_256", "sha3_384",
                                   "sha3_512", "shake_128", "shake_256"))
algorithms_available = frozenset(algorithms_guaranteed | {"sha512_224", "sha512_256"})


def _data_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("object supporting the buffer API required")


class HASH:
    """A hash object: update() feeds it bytes; digest()/hexdigest() read the result so far."""

    def __init__(self, name, native):
        self.name = name
        self._native = native
        self.digest_size, self.block_size = _baozi_hashlib.sizes(native)

    def update(self, data):
        """Update this hash object's state with the provided bytes."""
        _baozi_hashlib.update(self._native, _data_bytes(data))

    def digest(self):
        """Return the digest value as a bytes object."""
        return _baozi_hashlib.digest(self._native)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return _baozi_hashlib.digest(self._native).hex()

    def copy(self):
        """Return a copy of the hash object."""
        return HASH(self.name, _baozi_hashlib.copy(self._native))

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %s>" % (self.name, hex(id(self)))


HASH.__module__ = "_hashlib"


class HASHXOF(HASH):
    """A SHAKE hash object: digest() and hexdigest() take the length to read."""

    def __init__(self, name, native):
        HASH.__init__(self, name, native)
        self.digest_size = 0

    def digest(self, length):
        """Return the digest value as a bytes object."""
        if length < 0:
            raise ValueError("value must be positive")
        return _baozi_hashlib.digest(self._native, length)

    def hexdigest(self, length):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest(length).hex()

    def copy(self):
        """Return a copy of the hash object."""
        return HASHXOF(self.name, _baozi_hashlib.copy(self._native))

    def __repr__(self):
        return "<%s _hashlib.HASHXOF object @ %s>" % (self.name, hex(id(self)))


HASHXOF.__module__ = "_hashlib"


def new(name, data=b"", **kwargs):
    """Return a new hashing object using the named algorithm; optionally initialized with
    data (which must be a bytes-like object)."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    if name in ("blake2b", "blake2s") and kwargs:
        return _blake2(name, data, **kwargs)
    native = _baozi_hashlib.new(name)
    if native is None:
        raise ValueError("unsupported hash type " + name)
    name = name.lower()
    h = HASHXOF(name, native) if name.startswith("shake_") else HASH(name, native)
    if data:
        h.update(data)
    return h


def _constructor(name):
    def construct(data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return new(name, data)
    construct.__name__ = "openssl_" + name
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128")
shake_256 = _constructor("shake_256")


def _blake2(name, data=b"", *, digest_size=None, key=b"", salt=b"", person=b"", **kwargs):
    full = 64 if name == "blake2b" else 32
    if digest_size is None:
        digest_size = full
    if not 1 <= digest_size <= full:
        raise ValueError("digest_size must be between 1 and %d bytes" % full)
    if digest_size != full or key or salt or person or kwargs:
        raise NotImplementedError("Baozi's %s supports only the full digest size without key, "
                                  "salt or person" % name)
    return new(name, data)


def blake2b(data=b"", **kwargs):
    """Return a new BLAKE2b hash object (64-byte digest)."""
    return _blake2("blake2b", data, **kwargs)


def blake2s(data=b"", **kwargs):
    """Return a new BLAKE2s hash object (32-byte digest)."""
    return _blake2("blake2s", data, **kwargs)
