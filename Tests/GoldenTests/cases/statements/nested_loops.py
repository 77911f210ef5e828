# Nested loops with labels emulated by flags, and loop-else interactions.
grid = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
]
target = 5
found = None
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == target:
            found = (r, c)
            break
    if found:
        break
print("found", target, "at", found)
count = 0
for i in range(4):
    for j in range(4):
        if j > i:
            continue
        count += 1
print("lower triangle count:", count)
for i in range(3):
    for j in range(3):
        if i == j == 1:
            print("breaking inner at", i, j)
            break
    else:
        print("inner completed for i =", i)
        continue
    print("outer saw inner break at i =", i)
total = 0
i = 0
while i < 3:
    for j in range(3):
        total += i * j
    i += 1
print("mixed while/for total:", total)
pairs = []
for a in "ab":
    for b in "xy":
        for c in "12":
            pairs.append(a + b + c)
print(pairs)
