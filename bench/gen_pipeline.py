# A chain of 4 generators summing N values: source -> scale -> keep -> offset, summed.
N = 2_000_000


def source(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scale(src):
    for x in src:
        yield x * 3


def keep(src):
    for x in src:
        if x % 2 == 0:
            yield x


def offset(src):
    for x in src:
        yield x + 1


total = 0
for v in offset(keep(scale(source(N)))):
    total += v
print(total)
