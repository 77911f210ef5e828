"""A short tour of what Baozi runs: plain Python 3.11 code."""

# Values and f-strings
name = "Baozi"
version = (0, 1)
print(f"Hello from {name} {'.'.join([str(v) for v in version])}!")

# Big integers and floats
print("2**100 =", 2 ** 100)
print("0.1 + 0.2 =", 0.1 + 0.2)

# Lists, dicts and comprehensions
squares = [n * n for n in range(10)]
evens = {n: n * n for n in range(10) if n % 2 == 0}
print("squares:", squares)
print("even squares:", evens)


# Functions with defaults, *args and keyword-only arguments
def greet(who, *others, punctuation="!"):
    everyone = ", ".join((who,) + others)
    return f"Hi {everyone}{punctuation}"


print(greet("Ann"))
print(greet("Ann", "Bob", "Cy", punctuation="?"))


# Classes, inheritance and special methods
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


v = Vector(3, 4) + Vector(1, -1)
print(v, "length", abs(Vector(3, 4)))

# Exceptions
try:
    {"a": 1}["b"]
except KeyError as e:
    print("missing key:", e)

# Standard modules
import math
from collections import Counter

print("pi ~", round(math.pi, 5))
print("letters:", Counter("mississippi").most_common(3))
