# Large and deep data structures built and walked iteratively.
nested = []
current = nested
for i in range(10000):
    child = [i]
    current.append(child)
    current = child
depth = 0
node = nested
while node:
    node = node[-1] if isinstance(node[-1], list) else None
    depth += 1
print("nested depth:", depth)
class Cell:
    def __init__(self, value, next):
        self.value = value
        self.next = next
head = None
for i in range(200000):
    head = Cell(i, head)
length = 0
total = 0
cur = head
while cur is not None:
    length += 1
    total += cur.value
    cur = cur.next
print("linked list:", length, total)
big = {}
for i in range(200000):
    big[i * 7 % 200003] = i
print("dict size:", len(big), big[7], big[14], sum(big.values()) == sum(range(200000)))
lst = list(range(300000))
lst.reverse()
print("list ops:", lst[0], lst[-1], len(lst), lst.index(0))
s = "".join([str(i % 10) for i in range(100000)])
print("string length:", len(s), s.count("7"), s[-5:])
sets = set(range(0, 100000, 3)) & set(range(0, 100000, 5))
print("set intersection size:", len(sets), min(sets), max(sets))
matrix = [[i * j for j in range(300)] for i in range(300)]
print("matrix trace:", sum([matrix[i][i] for i in range(300)]))
