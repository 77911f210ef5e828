# A JSON-like pretty printer for nested dicts/lists written by hand.
def quote(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
def render(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [inner + quote(str(k)) + ": " + render(v, indent + step, step) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all([isinstance(v, (int, float)) and not isinstance(v, bool) for v in value]):
            return "[" + ", ".join([repr(v) for v in value]) + "]"
        items = [inner + render(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    raise TypeError(f"cannot render {type(value).__name__}")
doc = {
    "name": "baozi",
    "version": [0, 1, 0],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "authors": [{"name": "Ann", "tags": ["core", "vm"]}, {"name": "Bo \"B\"", "tags": []}],
    "notes": "line1\nline2\ttab",
    "empty": {},
    "matrix": [[1, 2], [3, 4]],
}
print(render(doc))
print(render([1, "two", [3, {"four": 4}]], step=4))
try:
    render({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
