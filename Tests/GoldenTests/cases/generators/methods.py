# Generator methods: send, throw, close; a producer/consumer with send.
def consumer():
    r = ''
    while True:
        n = yield r
        if not n:
            return
        print('[consumer] consuming %s...' % n)
        r = '200 OK'

def produce(c):
    c.send(None)
    n = 0
    while n < 3:
        n = n + 1
        print('[producer] producing %s...' % n)
        r = c.send(n)
        print('[producer] consumer return: %s' % r)
    c.close()

produce(consumer())

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("finally runs")

g = guarded()
print(next(g))
print(g.throw(ValueError("boom")))
g.close()
g = guarded()
print(next(g))
g.close()
print("closed again:", g.close())
try:
    g = guarded()
    next(g)
    g.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def early():
    yield 1
e = early()
try:
    e.send(5)
except TypeError as err:
    print("TypeError:", err)
print(list(g for g in [early()]) is not None, e.__next__())
