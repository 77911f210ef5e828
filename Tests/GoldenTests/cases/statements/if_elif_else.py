# if / elif / else and truthiness.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 42]:
    print(n, classify(n))
for value in [0, 1, "", "a", [], [0], {}, {"k": 1}, None, 0.0, 0.1, (), (None,)]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested: x > 4")
    else:
        print("nested: 3 < x <= 4")
if x == 1:
    pass
elif x == 5:
    print("elif hit")
result = "yes" if x else "no"
print("ternary:", result)
if not x - 5:
    print("not on zero")
if x > 1 and x < 10 or x == 100:
    print("combined condition")
