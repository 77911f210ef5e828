# Nested comprehensions and conditional expressions inside them.
rows, cols = 3, 4
table = [[r * cols + c for c in range(cols)] for r in range(rows)]
for row in table:
    print(row)
print("transpose:", [[table[r][c] for r in range(rows)] for c in range(cols)])
print("flatten:", [v for row in table for v in row])
print("diagonal:", [table[i][i] for i in range(min(rows, cols))])
print("masked:", [["#" if v % 3 == 0 else "." for v in row] for row in table])
print("\n".join(["".join(["*" if (r + c) % 2 == 0 else " " for c in range(6)]) for r in range(3)]))
pascal = [[1]]
for _ in range(5):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join([str(v) for v in row]).center(20).rstrip())
mult = {i: {j: i * j for j in range(1, 4)} for i in range(1, 4)}
print(mult)
print([[(i, j) for j in range(i)] for i in range(1, 4)])
words = ["alpha", "beta", "gamma"]
print({w: {c: w.count(c) for c in sorted(set(w))} for w in words})
print([len([c for c in w if c in "aeiou"]) for w in words])
print([x for x in [y * 2 for y in [z + 1 for z in range(5)]] if x > 4])
pythagorean = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythagorean)
print([("fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else n) for n in range(1, 16)])
