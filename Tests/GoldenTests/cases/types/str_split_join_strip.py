# split / rsplit / join / strip family / splitlines.
print("split:", "a,b,,c".split(","))
print("split ws:", "  hello   big\tworld\n ".split())
print("split max:", "a,b,c,d".split(",", 2), "a b c".split(None, 1))
print("rsplit:", "a,b,c,d".rsplit(",", 1), "a b  c".rsplit(), "x.y.z".rsplit(".", 5))
print("split no sep found:", "abc".split(","), "".split(","), "".split())
print("split multi-char sep:", "a::b::c".split("::"), "aaa".split("a"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("join:", "-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "+".join("abc"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("strip:", repr("  pad  ".strip()), repr("xxhixx".strip("x")), repr("\t\n x \r\n".strip()))
print("lstrip/rstrip:", repr("  pad  ".lstrip()), repr("  pad  ".rstrip()))
print("strip chars set:", "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print("removeprefix:", "TestCase".removeprefix("Test"), "TestCase".removeprefix("X"))
print("removesuffix:", "file.py".removesuffix(".py"), "file.py".removesuffix(".js"))
text = "line one\nline two\r\nline three\rfour\n\nsix"
print("splitlines:", text.splitlines())
print("splitlines keepends:", "a\nb\r\nc".splitlines(True))
print("splitlines trailing:", "a\n".splitlines(), "".splitlines(), "\n".splitlines())
print("split vs splitlines:", "a\nb\n".split("\n"), "a\nb\n".splitlines())
csv = "name=Ann; age=30 ;city = Oslo"
pairs = [p.strip().split("=") for p in csv.split(";")]
print({k.strip(): v.strip() for k, v in pairs})
words = "The quick brown fox"
print(" ".join(reversed(words.split())), "_".join(words.lower().split()))
print("partition:", "key=value=x".partition("="), "novalue".partition("="))
print("rpartition:", "key=value=x".rpartition("="), "novalue".rpartition("="))
print("expandtabs:", repr("a\tb\tc".expandtabs(4)), repr("ab\tc".expandtabs()))
