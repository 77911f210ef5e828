"""Codec registry basics, as CPython's codecs module for the codecs Baozi has: utf-8,
ascii and latin-1 (with their aliases). encode/decode/lookup, CodecInfo, the getencoder/
getdecoder helpers and the BOM constants."""

__all__ = ["encode", "decode", "lookup", "CodecInfo", "getencoder", "getdecoder",
           "register", "BOM", "BOM_UTF8", "BOM_LE", "BOM_BE", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "utf_8_encode",
           "utf_8_decode", "latin_1_encode", "latin_1_decode", "ascii_encode", "ascii_decode"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE

_ALIASES = {
    "utf-8": ("utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4"),
    "ascii": ("ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "iso646_us",
              "cp367", "csascii", "ibm367", "iso_ir_6"),
    "iso8859-1": ("latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819",
                  "iso_ir_100", "ibm819", "csisolatin1", "iso_8859_1:1987"),
}
_BY_ALIAS = {}
for _name, _aliases in _ALIASES.items():
    for _alias in _aliases:
        _BY_ALIAS[_alias] = _name
del _name, _aliases, _alias
_PYTHON_NAMES = {"utf-8": "utf-8", "ascii": "ascii", "iso8859-1": "latin-1"}
_search_functions = []


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def _normalize(encoding):
    return "_".join(encoding.lower().replace("-", " ").split())


def _make_info(name):
    python_name = _PYTHON_NAMES[name]

    def encode(input, errors="strict"):
        if not isinstance(input, str):
            raise TypeError("%s() argument 1 must be str, not %s" % (
                python_name.replace("-", "_") + "_encode", type(input).__name__))
        return input.encode(python_name, errors), len(input)

    def decode(input, errors="strict"):
        if not isinstance(input, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__)
        return bytes(input).decode(python_name, errors), len(input)

    return CodecInfo(encode, decode, name=name)


_cache = {}


def register(search_function):
    """Register a codec search function: it takes a normalized encoding name and returns a
    CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def lookup(encoding):
    """Looks up a codec tuple in the codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    for search in _search_functions:
        info = search(key)
        if info is not None:
            _cache[key] = info
            return info
    name = _BY_ALIAS.get(key)
    if name is None:
        raise LookupError("unknown encoding: %s" % encoding)
    info = _cache[key] = _make_info(name)
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj using the codec registered for encoding."""
    result = lookup(encoding).encode(obj, errors)
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj using the codec registered for encoding."""
    result = lookup(encoding).decode(obj, errors)
    return result[0]


def getencoder(encoding):
    """Look up the codec for the given encoding and return its encoder function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Look up the codec for the given encoding and return its decoder function."""
    return lookup(encoding).decode


def utf_8_encode(input, errors="strict"):
    return lookup("utf-8").encode(input, errors)


def utf_8_decode(input, errors="strict", final=False):
    return lookup("utf-8").decode(input, errors)


def latin_1_encode(input, errors="strict"):
    return lookup("latin-1").encode(input, errors)


def latin_1_decode(input, errors="strict"):
    return lookup("latin-1").decode(input, errors)


def ascii_encode(input, errors="strict"):
    return lookup("ascii").encode(input, errors)


def ascii_decode(input, errors="strict"):
    return lookup("ascii").decode(input, errors)
