# keyword: the keyword lists and the predicates.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist))
for word in ["if", "match", "case", "_", "print", "None", "async", "await", "nonlocal", "If", ""]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.__all__))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError:", e)
