# List slicing: read, assign, delete with steps.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[0] = "changed"
print("slice copy:", a[0], b[0])
a[2:5] = ["x"]
print("shrink:", a)
a[1:2] = [10, 20, 30]
print("grow:", a)
a[0:0] = ["front"]
print("insert via slice:", a)
a[len(a):] = ["back"]
print("append via slice:", a)
a[:] = [1, 2, 3, 4, 5, 6]
print("replace all:", a)
a[::2] = ["a", "b", "c"]
print("extended assign:", a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
a[::-1] = [6, 5, 4, 3, 2, 1]
print("reversed assign:", a)
del a[::3]
print("del step 3:", a)
del a[1:3]
print("del range:", a)
del a[5:]
print("del past end:", a)
c = [1, 2, 3]
c[1:1] = "xy"
print("assign iterable string:", c)
c[-1:] = range(2)
print("assign range:", c)
try:
    c[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
m = [[0] * 3 for _ in range(2)]
m[0][1:] = [7, 8]
print("nested slice assign:", m)
s = slice(1, 4)
print("slice object:", [0, 1, 2, 3, 4, 5][s], "abcdef"[s])
print(a[2:2], a[3:1], list(range(5))[-2:-1])
t = (0, 1, 2, 3, 4)
print("tuple slices:", t[1:3], t[::-1], t[::2], type(t[1:2]).__name__)
