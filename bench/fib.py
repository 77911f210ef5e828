# Benchmark: naive recursive Fibonacci (function calls, int arithmetic, comparisons).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


result = fib(33)
print("fib(33) =", result)
print("checksum:", result % 1000003)
