# Keyword-only and positional-only parameters.
def kw_only(a, *, b, c=3):
    return a, b, c
print(kw_only(1, b=2))
print(kw_only(1, c=30, b=20))
try:
    kw_only(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, 3))
print(pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def mixed(a, /, b, *, c):
    return a + b + c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def pos_with_kwargs(name, /, **kwargs):
    return name, kwargs
print(pos_with_kwargs("x", name="also allowed"))
def defaults_pos_only(a, b=2, /):
    return a * b
print(defaults_pos_only(5), defaults_pos_only(5, 3))
try:
    defaults_pos_only()
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
