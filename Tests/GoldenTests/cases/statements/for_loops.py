# for loops over many iterables, with else, break and continue.
for ch in "abc":
    print("char", ch)
for x in [10, 20]:
    print("item", x)
for t in (1, "two"):
    print("tuple item", t)
for key in {"b": 1, "a": 2}:
    print("dict key", key)
for k, v in {"x": 1, "y": 2}.items():
    print("pair", k, v)
for i in range(3):
    pass
print("loop var after loop:", i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("not reached")
for i in []:
    print("never")
else:
    print("else after empty loop")
for i in range(5, 0, -2):
    print("down", i)
data = [[1, 2], [3, 4]]
for row in data:
    for cell in row:
        print(cell, end=" ")
    print()
lst = [1, 2, 3]
for x in lst:
    x = x * 10
print("rebinding the loop var does not change the list:", lst)
for i, c in enumerate("hey", 1):
    print(i, c)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
