# collections.deque.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print("extendleft reverses:", d)
d.rotate(2)
print("rotate 2:", d)
d.rotate(-3)
print("rotate -3:", d)
print("count/index:", d.count(5), d.index(5), 3 in d, 42 in d)
d.remove(5)
print("remove:", d)
d.reverse()
print("reverse:", d, list(reversed(d)))
d.clear()
print("clear:", d, bool(d))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print("append", i, "->", bounded)
bounded.appendleft(99)
print("appendleft on full:", bounded, bounded.maxlen)
q = deque()
for task in ["a", "b", "c"]:
    q.append(task)
order = []
while q:
    order.append(q.popleft())
print("fifo:", order)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
window = deque([1, 2, 3], maxlen=3)
window.extend([4, 5])
print(window, sum(window), list(window), deque("abc"), deque())
d2 = deque([1, 2]) + deque([3])
print(d2, d2 == deque([1, 2, 3]), d2 * 2)
d2[0] = 100
print(d2, d2.copy())
