# A generator-like producer built on greenlet.switch.
from greenlet import greenlet, getcurrent

class GreenGenerator:
    def __init__(self, fn):
        self.fn = fn
        self.consumer = None
        self.g = greenlet(self._run)

    def _run(self):
        self.fn(self.emit)
        raise StopIteration

    def emit(self, value):
        self.consumer.switch(value)

    def __iter__(self):
        return self

    def __next__(self):
        self.consumer = getcurrent()
        self.g.parent = self.consumer
        return self.g.switch()

def squares(emit):
    for i in range(6):
        emit(i * i)

def words(emit):
    for w in "the quick brown fox".split():
        emit(w.upper())

out = []
for sq in GreenGenerator(squares):
    out.append(sq)
print(out)
for w in GreenGenerator(words):
    print("word:", w)
total = 0
for sq in GreenGenerator(squares):
    total += sq
print(total)
