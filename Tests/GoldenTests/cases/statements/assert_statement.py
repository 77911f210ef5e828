# assert passing, with message, and a failing assert that ends the script.
assert True
assert 1 + 1 == 2, "math works"
print("passing asserts are silent")
try:
    assert 1 > 2
except AssertionError as e:
    print("caught bare assert:", repr(e), e.args)
try:
    assert [] , "empty list is falsy"
except AssertionError as e:
    print("caught with message:", e)
try:
    x = 5
    assert x < 0, f"x must be negative, got {x}"
except AssertionError as e:
    print("caught f-string message:", e)
def check(v):
    assert isinstance(v, int), ("not an int", v)
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("tuple message args:", e.args)
print("now a failing assert at top level")
assert 2 + 2 == 5, "the final assert"
print("not reached")
