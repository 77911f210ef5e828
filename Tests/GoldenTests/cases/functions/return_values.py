# Return statements: multiple values, early returns, returns inside loops and try.
def divide(a, b):
    if b == 0:
        return None
    return a // b, a % b
print(divide(17, 5), divide(1, 0))
q, r = divide(20, 6)
print("unpacked:", q, r)
def first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            return i, v
    return -1, None
print(first_negative([3, 1, -4, -1]), first_negative([1, 2]))
def nested_loop_return(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
print(nested_loop_return([[1, 2], [3, 4]], 3), nested_loop_return([[1]], 9))
def returns_function(kind):
    if kind == "double":
        return lambda x: x * 2
    elif kind == "square":
        def square(x):
            return x * x
        return square
    return abs
print([returns_function(k)(-3) for k in ["double", "square", "other"]])
def bare_return():
    return
def no_return():
    pass
print(bare_return(), no_return(), bare_return() is None)
def returns_in_try(x):
    try:
        return 10 / x
    except ZeroDivisionError:
        return "inf"
print(returns_in_try(4), returns_in_try(0))
def returns_mutable():
    return [], {}
a1, _ = returns_mutable()
a2, _ = returns_mutable()
a1.append(1)
print("fresh objects each call:", a1, a2)
def chain(x):
    return x if x > 100 else chain(x * 3)
print(chain(1), chain(50))
def while_return(n):
    while True:
        n += 7
        if n % 5 == 0:
            return n
print(while_return(1), while_return(3))
