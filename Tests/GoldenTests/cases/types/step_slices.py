# Step slices of lists, tuples, strs (ASCII and not), bytes and bytearrays, and slice
# assignment from lists, tuples, the list itself and other iterables (fannkuch's
# `perm[:k + 1] = perm[k::-1]`).
data = list(range(12))
t = tuple(data)
s = "abcdefghijkl"
u = "αβγδεζηθικλμ"
b = bytes(range(65, 77))
ba = bytearray(b)
for seq in (data, t, s, u, b, ba):
    print(seq[::2], seq[::-1], seq[5::-1], seq[-3::-2], seq[1:10:3], seq[10:1:-4], seq[::-13], seq[100::-5], seq[:100:7])
    print(seq[3:3:-1], seq[2:8:1], seq[-100:100], seq[::1] == seq, type(seq[::-1]).__name__)
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)

perm = list(range(9))
flips = 0
k = perm[5]
perm[:k + 1] = perm[k::-1]
print(perm)
perm[2:5] = (7, 8)
print(perm)
perm[:] = perm
print(perm)
perm[::2] = perm[1::2]
print(perm)
perm[1:3] = perm
print(perm, len(perm))
perm[::-1] = range(len(perm))
print(perm)
try:
    perm[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    perm[1:2] = 5
except TypeError as e:
    print("TypeError:", e)


class Odd(list):
    def __iter__(self):
        return iter([99])


target = [1, 2, 3]
target[0:1] = Odd([4, 5])
print(target)
target[:] = (x * 2 for x in range(3))
print(target)
