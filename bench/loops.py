# Benchmark: nested while/for loops over ints (loop overhead, local variables, int ops).
def triple_loop(n):
    total = 0
    for i in range(n):
        for j in range(n):
            k = 0
            while k < 10:
                total += (i * j + k) & 0xFF
                k += 1
    return total


def collatz_steps(limit):
    best, best_n = 0, 0
    n = 1
    while n < limit:
        x, steps = n, 0
        while x != 1:
            if x % 2 == 0:
                x //= 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
        n += 1
    return best_n, best


a = triple_loop(300)
b = collatz_steps(60000)
print("triple loop:", a)
print("longest collatz below 60000:", b)
print("checksum:", (a + b[0] * 1000 + b[1]) % 1000003)
