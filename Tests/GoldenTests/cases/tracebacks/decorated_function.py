# Uncaught error inside a decorated function: the wrapper frame appears too.
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print(f"calling {fn.__name__}{args}")
        return fn(*args)
    return wrapper
@logged
def head(items):
    return items[0]
print(head([1, 2]))
print(head("xyz"))
print(head.__name__, head.__wrapped__([7]))
print(head([]))
