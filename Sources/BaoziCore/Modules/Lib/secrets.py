"""Generate cryptographically strong pseudo-random numbers suitable for managing secrets
such as account authentication, tokens, and similar (from the system's random source)."""

import base64
import binascii
from _baozi_hashlib import urandom as _urandom

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex",
           "token_urlsafe", "compare_digest"]

DEFAULT_ENTROPY = 32


def randbits(k):
    """Generate an int with k random bits."""
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    if k == 0:
        return 0
    nbytes = (k + 7) // 8
    return int.from_bytes(_urandom(nbytes), "big") >> (nbytes * 8 - k)


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    k = exclusive_upper_bound.bit_length()
    r = randbits(k)
    while r >= exclusive_upper_bound:
        r = randbits(k)
    return r


def choice(seq):
    """Choose a random element from a non-empty sequence."""
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[randbelow(len(seq))]


class SystemRandom:
    """Random numbers from the system's random source (the part of random.SystemRandom
    that secrets offers)."""

    def getrandbits(self, k):
        return randbits(k)

    def randbelow(self, n):
        return randbelow(n)

    def choice(self, seq):
        return choice(seq)

    def random(self):
        return randbits(53) * (1.0 / 9007199254740992)

    def randrange(self, start, stop=None):
        if stop is None:
            return randbelow(start)
        return start + randbelow(stop - start)

    def randint(self, a, b):
        return a + randbelow(b - a + 1)


def token_bytes(nbytes=None):
    """Return a random byte string containing *nbytes* bytes."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _urandom(nbytes)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal (two digits per byte)."""
    return binascii.hexlify(token_bytes(nbytes)).decode("ascii")


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")


def compare_digest(a, b):
    """Return 'a == b', taking time independent of where they differ."""
    a_bytes = isinstance(a, (bytes, bytearray))
    b_bytes = isinstance(b, (bytes, bytearray))
    if a_bytes or b_bytes:
        if not (a_bytes and b_bytes):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(b if a_bytes else a).__name__)
    elif isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    else:
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    result = len(a) ^ len(b)
    for x, y in zip(a, b if len(a) == len(b) else a):
        result |= x ^ y
    return result == 0
