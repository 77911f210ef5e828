"""Conversion between Python values and C structs represented as bytes objects.

The format language, sizes, alignment and error messages are CPython 3.11's; floats are
converted to and from their IEEE 754 bytes by _baozi_struct.
"""

import _baozi_struct

__all__ = [
    "calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
    "Struct", "error",
]


class error(Exception):
    pass


error.__module__ = "struct"

# code -> (native size, standard size or None when the code is native only)
_SIZES = {
    "x": (1, 1), "c": (1, 1), "b": (1, 1), "B": (1, 1), "?": (1, 1),
    "h": (2, 2), "H": (2, 2), "i": (4, 4), "I": (4, 4), "l": (8, 4), "L": (8, 4),
    "q": (8, 8), "Q": (8, 8), "n": (8, None), "N": (8, None), "P": (8, None),
    "e": (2, 2), "f": (4, 4), "d": (8, 8), "s": (1, 1), "p": (1, 1),
}
_SIGNED = "bhilqn"
_NAMED_RANGES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}


def _parse(fmt):
    """A format as (byte order, [(code, count, offset, size)], total size, item count)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("latin-1")
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    order = "@"
    i = 0
    if fmt and fmt[0] in "@=<>!":
        order = fmt[0]
        i = 1
    native = order == "@"
    items = []
    offset = 0
    count_items = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if "0" <= c <= "9":
            start = i
            while i < n and "0" <= fmt[i] <= "9":
                i += 1
            count = int(fmt[start:i])
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        sizes = _SIZES.get(c)
        if sizes is None or (not native and sizes[1] is None):
            raise error("bad char in struct format")
        size = sizes[0] if native else sizes[1]
        if native and size > 1:
            offset = (offset + size - 1) // size * size
        if c in "sp":
            items.append((c, count, offset, count))
            offset += count
            count_items += 1
        elif c == "x":
            offset += count
        else:
            for _ in range(count):
                items.append((c, 1, offset, size))
                offset += size
            count_items += count
        i += 1
    return order, items, offset, count_items


def _to_int(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), "__index__"):
        return value.__index__()
    raise error("required argument is not an integer")


def _pack_int(code, value, size, order):
    value = _to_int(value)
    signed = code in _SIGNED
    if signed:
        lo, hi = -(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1
    else:
        lo, hi = 0, (1 << (size * 8)) - 1
    if not lo <= value <= hi:
        if code in _NAMED_RANGES:
            raise error("%s format requires %d <= number <= %d" % (_NAMED_RANGES[code], lo, hi))
        if signed and size == 4:
            raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
        raise error("argument out of range")
    return value.to_bytes(size, "big" if order in ">!" else "little", signed=signed)


def _pack_item(code, count, size, value, order):
    if code == "c":
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(value)
    if code == "s" or code == "p":
        if not isinstance(value, (bytes, bytearray)):
            raise error("argument for '%s' must be a bytes object" % code)
        if code == "s":
            data = bytes(value[:count])
            return data + b"\x00" * (count - len(data))
        if count == 0:
            return b""
        data = bytes(value[:count - 1])
        return bytes([min(len(data), 255)]) + data + b"\x00" * (count - 1 - len(data))
    if code == "?":
        return b"\x01" if value else b"\x00"
    if code in "efd":
        if not isinstance(value, (int, float)) and not hasattr(type(value), "__float__"):
            raise error("required argument is not a float")
        return _baozi_struct.pack_float(float(value), size, order not in ">!", code)
    return _pack_int(code, value, size, order)


def _unpack_item(code, count, size, data, order):
    if code == "c":
        return data
    if code == "s":
        return data
    if code == "p":
        n = data[0] if data else 0
        return data[1:1 + min(n, count - 1)]
    if code == "?":
        return data != b"\x00" * len(data)
    if code in "efd":
        return _baozi_struct.unpack_float(data, order not in ">!")
    return int.from_bytes(data, "big" if order in ">!" else "little", signed=code in _SIGNED)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        order, items, size, count = _parse(format)
        self.format = format.decode("latin-1") if isinstance(format, bytes) else format
        self.size = size
        self._order = order
        self._items = items
        self._count = count

    def pack(self, *values):
        if len(values) != self._count:
            raise error("pack expected %d items for packing (got %d)" % (self._count, len(values)))
        out = bytearray(self.size)
        for (code, count, offset, size), value in zip(self._items, values):
            data = _pack_item(code, count, size, value, self._order)
            out[offset:offset + len(data)] = data
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        if len(values) != self._count:
            raise error("pack expected %d items for packing (got %d)" % (self._count, len(values)))
        n = len(buffer)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, n))
        buffer[offset:offset + self.size] = self.pack(*values)

    def _unpack(self, data, base):
        result = []
        for code, count, offset, size in self._items:
            start = base + offset
            result.append(_unpack_item(code, count, size, bytes(data[start:start + size]), self._order))
        return tuple(result)

    def unpack(self, buffer):
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        n = len(buffer)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, n))
        return self._unpack(buffer, offset)

    def iter_unpack(self, buffer):
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        return (self._unpack(buffer, i) for i in range(0, len(buffer), self.size))


Struct.__module__ = "_struct"

_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, *values):
    """Return a bytes object containing the values packed according to the format."""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    """Pack the values according to the format into the writable buffer at offset."""
    _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    """Unpack the buffer according to the format; its size must be calcsize(format)."""
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """Unpack the buffer from offset according to the format."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """Return an iterator over the tuples unpacked from the buffer, one struct at a time."""
    return _struct(format).iter_unpack(buffer)
