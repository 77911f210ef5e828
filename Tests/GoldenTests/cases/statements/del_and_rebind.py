# Names, rebinding, and identity vs equality.
a = [1, 2]
b = a
a = a + [3]
print("rebind with +:", a, b)
c = b
c += [9]
print("in-place +=:", b, c, b is c)
x = 256
y = 256
print("equal ints:", x == y)
s1 = "hello"
s2 = "hel" + "lo"
print("equal strings:", s1 == s2)
l1 = [1, 2]
l2 = [1, 2]
print("equal lists:", l1 == l2, "same object:", l1 is l2)
n = None
print("None identity:", n is None, n is not None)
t = (1, [2, 3])
t[1].append(4)
print("mutating list inside tuple:", t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
def f():
    return 1
g = f
del f
print("function still reachable through g:", g())
