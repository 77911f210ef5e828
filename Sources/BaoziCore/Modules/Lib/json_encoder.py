"""Implementation of JSONEncoder (the classes live in json; this module names them)."""
from json import JSONEncoder, encode_basestring, encode_basestring_ascii

__all__ = ["JSONEncoder", "encode_basestring", "encode_basestring_ascii"]
