# itertools: product, permutations, combinations.
from itertools import product, permutations, combinations
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product("xy", "12", "AB"))[:5], len(list(product(range(3), repeat=4))))
print(list(product()), list(product([], [1])))
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(len(list(permutations(range(6)))), list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 0)), list(combinations([1, 2], 3)), len(list(combinations(range(10), 4))))
coins = [1, 2, 5, 10]
ways = [c for r in range(1, 5) for c in combinations(coins, r) if sum(c) == 12]
print("coin subsets summing to 12:", ways)
words = ["".join(p) for p in permutations("tea")]
print(sorted(words))
grid = [(r, c) for r, c in product(range(2), range(3))]
print(grid)
dice = [a + b for a, b in product(range(1, 7), repeat=2)]
print("dice sums:", [dice.count(s) for s in range(2, 13)])
print(list(combinations("aab", 2)), list(permutations("aa")))
