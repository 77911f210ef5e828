# Conditional expressions and filters in comprehensions, with walrus.
nums = [4, -2, 0, 7, -5, 3]
print([n for n in nums if n > 0])
print([n if n > 0 else 0 for n in nums])
print(["pos" if n > 0 else "neg" if n < 0 else "zero" for n in nums])
print([abs(n) for n in nums if n])
print([n for n in nums if n % 2 == 0 and n != 0])
print([n for n in nums if not n % 2 or n > 5])
print({n: n > 0 for n in nums})
print([s.strip() for s in [" a ", "", " ", "b "] if s.strip()])
print([y for x in [1, 2, 3, 4] if (y := x * x) > 4])
print([(x, y) for x in range(4) if x % 2 for y in range(x) if y])
names = ["ann", "Bob", "", "cy", None, "Dee"]
print([n.title() for n in names if n])
print([len(n) if n else -1 for n in names])
print(sorted({w[0].lower() for w in ["Apple", "avocado", "Banana", "cherry", "Cranberry"]}))
scores = {"ann": 91, "bob": 78, "cy": 85, "dee": 62}
print({k: ("A" if v >= 90 else "B" if v >= 80 else "C") for k, v in scores.items()})
print([k for k, v in scores.items() if v == max(scores.values())])
