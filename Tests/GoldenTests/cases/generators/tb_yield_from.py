# An exception raised deep in a yield-from chain, consumed by a for loop: the traceback shows
# every generator frame.
def leaf(n):
    for i in range(n):
        yield 10 // (2 - i)

def middle(n):
    total = yield from leaf(n)
    return total

def top():
    yield 'start'
    yield from middle(5)

for v in top():
    print(v)
