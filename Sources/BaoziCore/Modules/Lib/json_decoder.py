"""Implementation of JSONDecoder (the classes live in json; this module names them)."""
from json import JSONDecoder, JSONDecodeError

__all__ = ["JSONDecoder", "JSONDecodeError"]
