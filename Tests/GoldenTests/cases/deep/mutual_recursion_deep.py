# Deep mutual recursion and deep recursion through methods with a raised limit.
# Recursion through __init__ (object construction) stays at 5000 levels: CPython runs
# that on the C stack and segfaults somewhere above ~15000.
import sys
sys.setrecursionlimit(250000)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print("is_even(100000):", is_even(100000), "is_odd(99999):", is_odd(99999))
class Tree:
    def __init__(self, depth):
        self.child = Tree(depth - 1) if depth > 0 else None
    def height(self):
        return 1 + (self.child.height() if self.child else 0)
t = Tree(5000)
print("tree height:", t.height())
chain = None
for _ in range(100000):
    node = Tree(0)
    node.child = chain
    chain = node
print("chain height (100000 method frames):", chain.height())
def flatten(x, out):
    if isinstance(x, list):
        for item in x:
            flatten(item, out)
    else:
        out.append(x)
    return out
deep = 0
for i in range(20000):
    deep = [i, deep]
print("flattened length:", len(flatten(deep, [])))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print("ackermann(2, 300):", ackermann(2, 300))
