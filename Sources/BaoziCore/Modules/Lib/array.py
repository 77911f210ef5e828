"""array: typed sequences of numbers (CPython's array module, on a list of checked values).

The items live in a Python list; each stored value is checked against the type code's range,
and tobytes/frombytes go through struct in the machine's byte order. The 'u' and 'w' (wide
char) type codes are left out.
"""

import struct as _struct

typecodes = "bBuhHiIlLqQfd"

# type code -> (item size, smallest, largest) for the integer codes
_INT_RANGES = {
    "b": (1, -(1 << 7), (1 << 7) - 1, "signed char"),
    "B": (1, 0, (1 << 8) - 1, "unsigned byte integer"),
    "h": (2, -(1 << 15), (1 << 15) - 1, "signed short integer"),
    "H": (2, 0, (1 << 16) - 1, "unsigned short"),
    "i": (4, -(1 << 31), (1 << 31) - 1, "signed integer"),
    "I": (4, 0, (1 << 32) - 1, "unsigned int"),
    "l": (8, -(1 << 63), (1 << 63) - 1, "signed long integer"),
    "L": (8, 0, (1 << 64) - 1, "unsigned long"),
    "q": (8, -(1 << 63), (1 << 63) - 1, "signed long long integer"),
    "Q": (8, 0, (1 << 64) - 1, "unsigned long long"),
}
_FLOAT_SIZES = {"f": 4, "d": 8}


class array:
    """array(typecode[, initializer]) -> array"""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not "
                            + type(typecode).__name__)
        if typecode not in _INT_RANGES and typecode not in _FLOAT_SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._code = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        if self._code in _FLOAT_SIZES:
            return _FLOAT_SIZES[self._code]
        return _INT_RANGES[self._code][0]

    def _check(self, value):
        code = self._code
        if code in _FLOAT_SIZES:
            if not isinstance(value, (int, float)):
                raise TypeError("must be real number, not " + type(value).__name__)
            return float(value)
        if isinstance(value, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if not isinstance(value, int):
            raise TypeError("an integer is required (got type %s)" % type(value).__name__)
        _, low, high, name = _INT_RANGES[code]
        if value < low:
            raise OverflowError("%s is less than minimum" % name)
        if value > high:
            raise OverflowError("%s is greater than maximum" % name)
        return int(value)

    def _same_kind(self, other):
        if not isinstance(other, array):
            raise TypeError("can only extend with array (not \"%s\")" % type(other).__name__)
        if other._code != self._code:
            raise TypeError("can only extend with array of same kind")

    # sequence protocol
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self._code)
            result._items = self._items[index]
            return result
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(value).__name__)
            self._same_kind(value)
            self._items[index] = value._items
            return
        value = self._check(value)
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __contains__(self, value):
        return value in self._items

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        result = array(self._code)
        result._items = self._items + other._items
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, count):
        result = array(self._code)
        result._items = self._items * count
        return result

    __rmul__ = __mul__

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._code
        return "array('%s', %r)" % (self._code, self._items)

    # methods
    def append(self, value):
        self._items.append(self._check(value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same_kind(iterable)
            self._items.extend(iterable._items)
            return
        for value in iterable:
            self._items.append(self._check(value))

    def insert(self, index, value):
        self._items.insert(index, self._check(value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(index)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, value, start=0, stop=None):
        try:
            if stop is None:
                return self._items.index(value, start)
            return self._items.index(value, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        checked = [self._check(value) for value in items]
        self._items.extend(checked)

    def tobytes(self):
        return _struct.pack("=%d%s" % (len(self._items), self._code), *self._items)

    def frombytes(self, data):
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        self._items.extend(_struct.unpack("=%d%s" % (len(data) // size, self._code), bytes(data)))

    def buffer_info(self):
        return (id(self), len(self._items))

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]


ArrayType = array
