# unicodedata: name/lookup, category, combining, mirrored, decimal/digit/numeric with
# defaults, normalize/is_normalized in the four forms, and the errors; \N{...} in re.
import unicodedata
import re

for c in ["A", "a", "é", "1", "٣", "½", "Ⅻ", " ", "\u2028", "€", "☃", "😀", "中", "\u0301", "_", "(", "\t", "ǅ"]:
    print(repr(c), unicodedata.name(c, "?"), unicodedata.category(c), unicodedata.combining(c),
          unicodedata.mirrored(c), unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None))
for name in ["LATIN SMALL LETTER E WITH ACUTE", "snowman", "EM DASH", "GREEK SMALL LETTER ALPHA", "CJK UNIFIED IDEOGRAPH-4E2D"]:
    print(name, repr(unicodedata.lookup(name)))
print(unicodedata.numeric("¼"), unicodedata.digit("²"), unicodedata.decimal("7"), unicodedata.unidata_version)
s = "Ame\u0301lie ﬁ ① Å"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = unicodedata.normalize(form, s)
    print(form, ascii(n), len(n), unicodedata.is_normalized(form, n), unicodedata.is_normalized(form, s))
print(re.findall(r"\N{EM DASH}|\N{LATIN SMALL LETTER A}", "a—b"))

def err(f, *args):
    try:
        print(f(*args))
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)

err(unicodedata.name, "\x00")
err(unicodedata.lookup, "NOT A REAL NAME")
err(unicodedata.decimal, "a")
err(unicodedata.digit, "½")
err(unicodedata.numeric, "x")
err(unicodedata.category, "ab")
err(unicodedata.category, 5)
err(unicodedata.normalize, "NFX", "a")
try:
    re.compile(r"\N{NO SUCH THING}")
except re.error as e:
    print("re.error:", e)
