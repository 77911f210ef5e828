# Adjacent literal concatenation, backslash continuation, implicit joining.
s = "abc" 'def' "ghi"
print(s)
t = ("first part, "
     "second part, "
     "third part")
print(t)
total = 1 + \
        2 + \
        3
print("backslash continuation:", total)
items = [
    1,
    2,   # comment inside brackets
    3,
]
print("implicit list:", items)
d = {
    "a": 1,
    "b": 2
}
print("implicit dict:", d)
result = max(
    4,
    9,
    2
)
print("implicit call:", result)
if (1 < 2 and
        2 < 3):
    print("implicit in condition")
x = [1, 2,
3, 4]
print(x)
f = f"value: " "{not formatted}" f" {1 + 1}"
print(f)
print("mixed raw and normal:", r"\n" "\t|")
