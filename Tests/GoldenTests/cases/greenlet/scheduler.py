# A round-robin scheduler keeping thousands of greenlets.
from greenlet import greenlet, getcurrent

ready = []
main = getcurrent()
results = {}

def yield_now():
    ready.append(getcurrent())
    main.switch()

def task(n):
    total = 0
    for i in range(n % 7 + 1):
        total += i * n
        yield_now()
    results[n] = total

for n in range(3000):
    g = greenlet(task)
    ready.append((g, n))

switches = 0
while ready:
    item = ready.pop(0)
    switches += 1
    if isinstance(item, tuple):
        item[0].switch(item[1])
    else:
        item.switch()

print(len(results), switches, sum(results.values()))
print(results[0], results[6], results[2999])
