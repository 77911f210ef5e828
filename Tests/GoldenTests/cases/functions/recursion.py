# Recursive functions.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("fact:", [fact(i) for i in range(8)], fact(25))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print("fib:", [fib(i) for i in range(15)])
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print("gcd:", gcd(48, 18), gcd(17, 5), gcd(0, 9))
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(3, "A", "C", "B", moves)
print("hanoi:", len(moves), moves[:4])
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print("flatten:", flatten([1, [2, [3, [4, [5]]]], 6, []]))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print("mutual:", is_even(10), is_odd(7), is_even(7))
def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append(items[i:i + 1] + rest)
    return result
print("perms:", permutations("abc"))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print("ackermann(2, 3):", ackermann(2, 3))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("depth 900:", depth(900))
