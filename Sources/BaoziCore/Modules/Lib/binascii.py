"""Conversions between binary data and ASCII (hex, base64, CRC-32), as CPython's binascii."""

__all__ = [
    "Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex",
    "b2a_base64", "a2b_base64", "crc32", "crc_hqx",
]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"

_HEX = "0123456789abcdef"
_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUES = {}
for _i, _c in enumerate(_B64):
    _B64_VALUES[_c] = _i
del _i, _c


def _bytes_argument(data, name="argument"):
    """bytes-like data as bytes; ASCII str is accepted where CPython accepts it (a2b_*)."""
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii_argument(data):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _bytes_argument(data)
    text = data.hex()
    if sep is None or not data:
        return text.encode("ascii")
    if isinstance(sep, (bytes, bytearray)):
        sep = bytes(sep).decode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    group = abs(bytes_per_sep)
    if group == 0:
        return text.encode("ascii")
    pairs = [text[i:i + 2] for i in range(0, len(text), 2)]
    # A positive count groups from the right, a negative one from the left.
    first = len(pairs) % group if bytes_per_sep > 0 else 0
    groups = []
    if first:
        groups.append("".join(pairs[:first]))
    for i in range(first, len(pairs), group):
        groups.append("".join(pairs[i:i + group]))
    return sep.join(groups).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    """Binary data of hexadecimal representation."""
    data = _ascii_argument(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _hexvalue(data[i])
        lo = _hexvalue(data[i + 1])
        if hi < 0 or lo < 0:
            raise Error("Non-hexadecimal digit found")
        out.append(hi * 16 + lo)
    return bytes(out)


a2b_hex = unhexlify


def _hexvalue(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _bytes_argument(data)
    out = bytearray()
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes([_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out += bytes([_B64[v >> 18], _B64[(v >> 12) & 63]]) + b"=="
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out += bytes([_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63]]) + b"="
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _ascii_argument(data)
    if strict_mode and data and data[0] == 61:
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        value = _B64_VALUES.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = value
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (value >> 4)) & 0xFF)
            left = value & 0x0F
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (value >> 2)) & 0xFF)
            left = value & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | value) & 0xFF)
            left = 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


_CRC32_TABLE = _crc32_table()


def crc32(data, crc=0):
    """Compute CRC-32 incrementally."""
    data = _bytes_argument(data)
    table = _CRC32_TABLE
    crc = ~crc & 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc):
    """Compute CRC-CCITT incrementally."""
    data = _bytes_argument(data)
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc
