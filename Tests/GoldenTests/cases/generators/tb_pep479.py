# PEP 479: a StopIteration escaping a generator body becomes RuntimeError, chained.
def first(items):
    it = iter(items)
    yield next(it)
    yield next(it)

def pairs():
    yield from first([1])

print(list(pairs()))
