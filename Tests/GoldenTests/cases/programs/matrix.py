# Matrix multiplication, transpose, identity, determinant and powers with nested lists.
def zeros(n, m):
    return [[0] * m for _ in range(n)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(a):
    return [list(row) for row in zip(*a)]
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    result = zeros(len(a), len(b[0]))
    for i in range(len(a)):
        for j in range(len(b[0])):
            s = 0
            for k in range(len(b)):
                s += a[i][k] * b[k][j]
            result[i][j] = s
    return result
def matpow(a, n):
    result = identity(len(a))
    while n:
        if n & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        n >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def show(name, m):
    width = max([len(str(v)) for row in m for v in row])
    print(name + ":")
    for row in m:
        print("  [" + " ".join([str(v).rjust(width) for v in row]) + "]")
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("b", b)
show("a @ b", matmul(a, b))
show("b @ a", matmul(b, a))
show("transpose(a)", transpose(a))
fib = [[1, 1], [1, 0]]
show("fib^10", matpow(fib, 10))
print("fib(90) =", matpow(fib, 90)[0][1])
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det:", det(m), det(identity(4)), det([[1, 2], [2, 4]]))
try:
    matmul(a, a)
except ValueError as e:
    print("ValueError:", e)
f = [[0.5, 0.25], [0.125, 2.0]]
show("float square", matmul(f, f))
