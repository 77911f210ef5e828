# Dict and set comprehensions.
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({w: len(w) for w in ["hi", "hello", "hey"] if len(w) > 2})
print({(x, y): x * y for x in range(2) for y in range(2)})
print({x % 5 for x in range(20)})
print({c for c in "mississippi"} == set("misp"), len({c for c in "mississippi"}))
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
print({i: [j for j in range(i)] for i in range(4)})
print({i: {j: i * j for j in range(1, 3)} for i in range(1, 3)})
counts = {}
text = "the cat and the hat and the bat"
words = text.split()
freq = {w: words.count(w) for w in words}
print(freq)
print({k: v for k, v in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))})
grid = {(r, c): "." for r in range(2) for c in range(3)}
print(len(grid), grid[(1, 2)], list(grid)[:3])
print({x: x for x in []}, {x for x in ()} == set())
print({1: "a", **{k: k * 2 for k in range(2, 4)}})
print(frozenset({x * 2 for x in range(3)}))
