# throw() into a delegating generator; unhandled, the exception leaves every level.
def inner():
    try:
        yield 1
    finally:
        print("inner cleanup")

def outer():
    yield from inner()

g = outer()
next(g)
g.throw(ValueError("thrown in"))
