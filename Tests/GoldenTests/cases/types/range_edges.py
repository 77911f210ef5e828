# range() in for loops (made straight into an iterator by the VM) and ranges near the limits
# of a machine int: nothing overflows, lengths that do not fit raise OverflowError.
for args in [(3,), (1, 4), (10, 0, -3), (0,), (5, 5), (-3, 3, 2), (True, 3), (2**63 - 3, 2**63 - 1)]:
    print(args, [x for x in range(*args)])
for x in range(5, -2**63, -2**62):
    print("down", x)
total = 0
for i in range(4):
    for j in range(i, 2 * i + 1):
        total += j
print("nested", total)


def range(n):  # a global named range is called, not the builtin
    return ["shadowed", n]


for x in range(2):
    print(x)
del range

big = range(-2**63, 2**63 - 1)
print(big[5], big[2**62], 2**62 + 7 in big)
for x in big:
    print("first", x)
    break
try:
    len(big)
except OverflowError as e:
    print("len:", e)
r = range(0, 2**62, 3)
print(len(r), r[-1], r[1:4], list(reversed(r[:3])))
print(list(range(2**63 - 2, 2**63 - 1)), list(range(-2**63, -2**63 + 2)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
for bad in (3.0, "3", None):
    try:
        for x in range(bad):
            pass
    except TypeError as e:
        print(type(bad).__name__, e)
