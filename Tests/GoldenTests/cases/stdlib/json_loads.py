# json.loads/load: every value kind, escapes, hooks (object_hook, object_pairs_hook,
# parse_float, parse_int, parse_constant), strict, raw_decode, JSONDecoder subclasses, bytes.
import json

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}'))
print(json.loads('  [ 1 , {"x" : "y"} ]  '), json.loads("3"), json.loads('"s"'), json.loads("null"))
print(json.loads('"\\u00e9\\u2603\\ud83d\\ude00 \\n\\t\\"\\\\\\/\\b\\f\\r"'))
print(json.loads('"héllo ☃"'), json.loads('["é", {"ü": 1}]'))
print(json.loads("[NaN, Infinity, -Infinity]"), json.loads("123456789012345678901234567890"))
print(json.loads("[0, -0, -0.0, 1E3, 1e-2, 2.50]"), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": [{"c": 2}]}', object_pairs_hook=list))
print(json.loads("[1.5, 2]", parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda s: s.lower()))
print(json.loads('"a\tb"', strict=False), json.loads(b'{"x": 1}'), json.loads(bytearray(b"[2]")))
print(json.loads('\ufeff1'.encode("utf-8")), json.loads('["é"]'.encode("utf-8")))
print(json.JSONDecoder().raw_decode('{"a": 1} tail'), json.JSONDecoder().raw_decode("[1] x", 0))
print(json.loads("[]"), json.loads("{}"), json.loads(" \n\t[ ]\r\n"))

class Loader(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=Loader))

class File:
    def read(self):
        return '{"from": "file"}'
print(json.load(File()))

docs = ['"ab\\x"', '["\\u12x4"]', '"abc', '"a\x01"', "[1,]", '{"a":1,}', '{"a" 1}', "{1:2}",
        "[1 2]", "", " ", "[", "{", "[1", '{"a":', "nul", "01", "1.", "-", "1e", "[-]",
        "tru", '{"a":1 "b":2}', "[\n1,\n2,\n]", "1 2", "-Inf", '["abc\\"', '{"a\\q":1}',
        "[1] [2]", "\ufeff1", '{"a": "\\ud800"}x']
for doc in docs:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

for bad in [None, 5, ["[]"]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError", e)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[")
except ValueError as e:
    print("caught as ValueError:", e)
from json.decoder import JSONDecodeError
from json.encoder import JSONEncoder
print(JSONDecodeError is json.JSONDecodeError, JSONEncoder is json.JSONEncoder)

deep = "[" * 100000
try:
    json.loads(deep)
except RecursionError:
    print("RecursionError")
print(json.loads("[" * 50 + "]" * 50) == eval("[" * 50 + "]" * 50))
