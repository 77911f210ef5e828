# Producer/consumer ping-pong with send(): every value goes in with send and a reply comes out.
N = 1_000_000


def consumer():
    total = 0
    reply = None
    while True:
        n = yield reply
        if n is None:
            return total
        total += n
        reply = n & 7


def producer(n):
    c = consumer()
    next(c)
    acc = 0
    i = 0
    while i < n:
        acc += c.send(i)
        i += 1
    try:
        c.send(None)
    except StopIteration as e:
        return acc, e.value


print(producer(N))
