# The ASCII fast paths of str (upper/lower, join, str(), hashing as dict keys) against the
# general paths for non-ASCII and mixed text.

words = ["ka", "", "mi", "Zé", "straße", "ǅ", "ΣΑΣ", "naïve", "日本", "😀x", "a" * 40, "é" * 20]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), len(w.upper()), len(w.lower()))
    print(w.upper().isascii(), w.lower() == w.casefold(), w[:3].upper(), w[::-1].lower())

# join: lists and tuples of strs, separators ASCII or not, one item, empty, errors
print(repr("".join(["ka", "lo"])), repr("-".join(("a",))), repr(", ".join([])))
print(repr("é".join(["a", "b", "c"])), repr("".join(["日", "本", "x"])), len("·".join(words)))
print(repr(" ".join(words)), len(" ".join(words)))
j = "".join(["ab", "cd"])
print(j[1:3], j.upper(), j == "abcd", hash(j) == hash("abcd"), {j: 1}.get("abcd"))
s = "x"
print("".join([s]) is s, "".join([s, s]) == "xx")

class S(str):
    pass

print(repr("+".join([S("a"), "b", S("é")])), type("".join([S("q")])).__name__)
for bad in (["a", 1], ("a", None), [b"x"]):
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError:", e)
print("".join(iter(["i", "t"])), "".join(x for x in "gen"), "".join({"k": 1, "é": 2}))

# str() of ints and strs
for v in (0, -1, 7, 10**18, -(2**63), 2**64, "abc", "é", S("sub"), 1.5, True, None, [1, "a"]):
    r = str(v)
    print(repr(r), type(r).__name__, len(r))
s2 = "abc"
print(str(s2) is s2, str(S("z")) == "z", type(str(S("z"))).__name__)
print(str(), str(b"x"), str(b"\xc3\xa9", "utf-8"))

# hashing and dict keys: equal strings built different ways hash and compare equal
d = {}
for w in words:
    d[w] = len(w)
    d[w.upper()] = -len(w)
built = ["k" + "a", "".join(["m", "i"]), "Z" + "é", "stra" + "ße", "日" + "本", ("a" * 20) * 2, "é" * 10 + "é" * 10]
for k in built:
    print(repr(k), k in d, d.get(k), hash(k) == hash(str(k)), d[k] if k in d else None)
print(len(d), sorted(d.items())[:5])
print(hash("") == hash("".join([])), hash("ab") == hash("a" + "b"), hash("é") == hash("e\u0301"))
print("é" == "e\u0301", len({"é", "e\u0301"}), {"é": 1}.get("e\u0301"))
st = set(built) | set(w.upper() for w in words)
print(len(st), sorted(st)[:4])
print(f"{'x':>3}|{'日本':^6}|{7:3d}", "%s-%s" % ("é", 3))

# dict get/set with exact str keys next to str subclass keys that define __eq__
class K(str):
    def __eq__(self, other):
        print("K.__eq__", repr(str(self)), repr(other))
        return str.__eq__(self, other)
    __hash__ = str.__hash__

dk = {K("ab"): 1, "cd": 2}
print(dk.get("ab"), dk.get("cd"), dk.get("zz", 0))
dk["ab"] = 10
dk["new"] = 3
print(sorted((str(k), v) for k, v in dk.items()), len(dk))
big = {}
for i in range(50):
    big["k" + str(i)] = i
    big["k" + str(i)] = big.get("k" + str(i), 0) + 1
print(len(big), big["k7"], big.get("k49"), big.get("k50"))
parts = []
for i in range(9):
    parts.append(str(i))
print(parts, len(parts))
