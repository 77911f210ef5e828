# An exception raised in a generator resumed by send(), with the handling context.
def acc():
    total = 0
    while True:
        try:
            v = yield total
            total = total + v
        except TypeError:
            raise LookupError("bad value %r" % (v,))

a = acc()
next(a)
a.send(1)
a.send("x")
