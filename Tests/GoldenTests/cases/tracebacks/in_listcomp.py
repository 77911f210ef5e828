# Uncaught error inside a list comprehension (3.11 shows a <listcomp> frame).
def reciprocal(x):
    return 1 / x
print([reciprocal(x) for x in [1, 2, 4]])
print([reciprocal(x) for x in [1, 0, 2] if x])
try:
    [reciprocal(x) for x in [0]]
except ZeroDivisionError as e:
    print("caught inside comprehension:", e)
squares = {x: x * x for x in range(4)}
print(squares)
data = [5, 2, 0, 1]
print("inverting", data)
inverted = [reciprocal(x) for x in data]
print(inverted)
