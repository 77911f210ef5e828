# 100,000 self-referencing instances created in a loop; only counts are printed.
class Node:
    count = 0
    def __init__(self, value):
        self.value = value
        self.me = self
        self.peer = None
        Node.count += 1
last = None
kept = []
for i in range(100000):
    n = Node(i)
    if last is not None:
        n.peer = last
        last.peer = n
    last = n
    if i % 1000 == 0:
        kept.append(n)
print("created:", Node.count)
print("kept:", len(kept), "last value:", last.value, "self-reference holds:", last.me is last)
print("peer links:", kept[1].peer.peer is kept[1], kept[-1].peer.value)
total = 0
for n in kept:
    total += n.value
print("sum of kept values:", total)
pairs = []
for i in range(50000):
    a = {"id": i}
    b = {"other": a}
    a["other"] = b
    if i % 10000 == 0:
        pairs.append(a)
print("dict cycles kept:", len(pairs), pairs[-1]["other"]["other"] is pairs[-1])
