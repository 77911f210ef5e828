# Evaluation order and side effects inside comprehensions.
log = []
def track(v):
    log.append(v)
    return v
result = [track(x) for x in range(3) if track(-x) <= 0]
print(result, log)
log.clear()
pairs = [(track(a), track(b)) for a in "xy" for b in "12"]
print(pairs, log)
log.clear()
d = {track(k): track(v) for k, v in [("a", 1), ("b", 2)]}
print(d, log)
acc = []
[acc.append(i * i) for i in range(4)]
print(acc)
counter = {"n": 0}
def bump():
    counter["n"] += 1
    return counter["n"]
print([bump() for _ in range(5)], counter)
data = [3, 1, 2]
print([data.pop() for _ in range(len(data))], data)
source = iter(range(10))
print([next(source) for _ in range(3)], next(source))
items = [[1, 2], [3]]
print([item for sub in items for item in sub], [len(sub) for sub in items])
src = [1, 2, 3]
print([x * 10 for x in src if x != 2], src)
