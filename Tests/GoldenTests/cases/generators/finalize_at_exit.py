# Suspended generators still alive when the program ends (here with an uncaught exception)
# are finalized: their finally blocks run after the traceback is printed.
def worker(name):
    try:
        yield name
    finally:
        print("cleanup", name)

a = worker('a')
next(a)
b = worker('b')
next(b)
def deeper():
    yield from worker('inner')
c = deeper()
next(c)
raise SystemError("the end")
