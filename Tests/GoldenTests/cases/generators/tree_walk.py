# Recursive tree walks with `yield from`, and a chain of 1,000 (and 10,000) delegating generators.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

def preorder(node):
    yield node.value
    for c in node.children:
        yield from preorder(c)

def postorder(node):
    for c in node.children:
        yield from postorder(c)
    yield node.value

def depth_sum(node, depth=0):
    total = depth
    for c in node.children:
        total += yield from depth_sum(c, depth + 1)
    yield (node.value, depth)
    return total

tree = Node(1, Node(2, Node(4), Node(5, Node(8))), Node(3, Node(6), Node(7)))
print(list(preorder(tree)))
print(list(postorder(tree)))
g = depth_sum(tree)
pairs = []
while True:
    try:
        pairs.append(next(g))
    except StopIteration as e:
        print("total depth", e.value)
        break
print(pairs)

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], [[6]], 7])))

def chain(n):
    if n == 0:
        got = yield 'bottom'
        return got
    r = yield from chain(n - 1)
    return r + 1

import sys
sys.setrecursionlimit(30000)
for depth in (900, 1000, 10000):
    g = chain(depth)
    print(next(g))
    try:
        g.send(0)
    except StopIteration as e:
        print("returned through", depth, "levels:", e.value)

def deep_list(n):
    x = []
    for _ in range(n):
        x = [x, 1]
    return x
def count_ones(x):
    if x:
        yield from count_ones(x[0])
        yield x[1]
print(sum(count_ones(deep_list(900))))

def guarded_chain(n, log):
    if n == 0:
        try:
            yield 'deep'
        finally:
            log.append('bottom finally')
        return
    try:
        yield from guarded_chain(n - 1, log)
    finally:
        if n % 2500 == 0:
            log.append('level %d finally' % n)

log = []
g = guarded_chain(10000, log)
print(next(g))
g.close()
print(log, g.gi_frame)
log = []
g = guarded_chain(10000, log)
next(g)
try:
    g.throw(KeyError('deep'))
except KeyError as e:
    print("KeyError through 10000 levels:", e, log)
