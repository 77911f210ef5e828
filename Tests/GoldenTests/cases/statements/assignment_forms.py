# Every assignment target form.
a = b = c = 5
print("chained:", a, b, c)
x, y = 1, 2
print("tuple unpack:", x, y)
x, y = y, x
print("swap:", x, y)
[p, q] = "pq"
print("list target:", p, q)
(m, n), o = (1, 2), 3
print("nested:", m, n, o)
first, *rest = [1, 2, 3, 4]
print("starred tail:", first, rest)
*init, last = "abcd"
print("starred head:", init, last)
h, *mid, t = range(6)
print("starred middle:", h, mid, t)
h, *mid, t = [1, 2]
print("empty star:", h, mid, t)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print("loop unpack:", i, k, v)
class Box:
    pass
bx = Box()
bx.value = 10
bx.other = bx.value + 1
print("attribute targets:", bx.value, bx.other)
lst = [0, 0, 0, 0]
lst[0] = "zero"
lst[-1] = "last"
lst[1:3] = ["x", "y", "z"]
print("subscript targets:", lst)
d = {}
d["k"] = 1
d[(1, 2)] = "tuple key"
print("dict targets:", d)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print("left-to-right:", i, arr)
a = b = []
a.append(1)
print("shared object:", b, a is b)
bx.items = [1, 2, 3]
bx.items[1], bx.items[2] = bx.items[2], bx.items[1]
print("swap through attribute:", bx.items)
(s1) = 7
print("parenthesised name:", s1)
