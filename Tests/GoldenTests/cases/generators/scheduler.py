# A round-robin scheduler of generator tasks with a message queue and sleeping tasks.
from collections import deque

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.tick = 0
        self.waiting = {}
        self.results = {}

    def spawn(self, name, task):
        self.ready.append((name, task, None))

    def run(self):
        while self.ready or self.waiting:
            if not self.ready:
                self.tick += 1
                for name in [n for n, (t, due) in self.waiting.items() if due <= self.tick]:
                    task, _ = self.waiting.pop(name)
                    self.ready.append((name, task, self.tick))
                continue
            name, task, value = self.ready.popleft()
            try:
                req = task.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                print("[t=%d] %s finished -> %r" % (self.tick, name, e.value))
                continue
            except Exception as e:
                print("[t=%d] %s crashed: %s: %s" % (self.tick, name, type(e).__name__, e))
                continue
            if isinstance(req, tuple) and req[0] == 'sleep':
                self.waiting[name] = (task, self.tick + req[1])
            else:
                self.ready.append((name, task, req))

def worker(name, steps):
    total = 0
    for i in range(steps):
        print("%s step %d" % (name, i))
        got = yield i
        total += i
    return total

def sleeper(n):
    for i in range(n):
        woke = yield ('sleep', 2)
        print("sleeper woke at", woke)
    return 'rested'

def faulty():
    yield 1
    raise ValueError("task failure")

def subtask(k):
    x = yield ('sleep', k)
    return x * 10

def parent():
    a = yield from subtask(1)
    b = yield from subtask(2)
    return a + b

s = Scheduler()
s.spawn('A', worker('A', 3))
s.spawn('B', worker('B', 2))
s.spawn('S', sleeper(2))
s.spawn('F', faulty())
s.spawn('P', parent())
s.run()
print(sorted(s.results.items()))
