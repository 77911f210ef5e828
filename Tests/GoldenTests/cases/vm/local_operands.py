# Binary operators on two locals (`x * y`, `s += x`): every kind of operand, in-place
# semantics and unbound-local errors as in CPython.


def arith(x, y):
    return x + y, x - y, x * y, x // y, x % y, x ** 2, x / y, x & y, x | y, x ^ y, x << 2


print(arith(17, 5))
print(arith(-17, 5))
print(arith(2 ** 62, 3))


def floats(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b


print(floats(7.5, 2.0))
print(floats(-1e308, 1e-308)[:3])


def strings(s, t, n):
    return s + t, s * n, t * n


print(strings("ab", "cd", 3))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __radd__(self, other):
        return Money(other + self.cents)

    def __repr__(self):
        return "Money(%d)" % self.cents


def adds(a, b):
    return a + b


print(adds(Money(5), Money(7)), adds(3, Money(4)), adds(Money(4), 3))


def inplace(lst, more, total, x):
    alias = lst
    lst += more
    total += x
    return alias is lst, lst, total


print(inplace([1, 2], [3], 10, 5))


def tuples(t, u):
    t += u
    return t


print(tuples((1,), (2, 3)))


def first_unbound(y):
    try:
        return x + y
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1


def second_unbound(x):
    try:
        return x * y
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1


first_unbound(1)
second_unbound(2)


def mismatched(a, b):
    try:
        return a - b
    except TypeError as e:
        print("TypeError:", e)


mismatched("a", 1)
mismatched([1], (1,))


def zero(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


zero(1, 0)
zero(1.5, 0.0)


def loop_sum(n):
    total = 0
    for i in range(n):
        for j in range(3):
            total += i * j
    return total


print(loop_sum(1000))
