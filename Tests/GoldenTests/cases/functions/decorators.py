# Decorators: plain, with arguments, stacked, functools.wraps.
import functools
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("ann"), hello.__name__)
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    """Roll doc."""
    return x * 2
print(roll(4), roll.__name__, roll.__doc__)
print("wrapped:", roll.__wrapped__(5))
order = []
def tag(label):
    def deco(fn):
        order.append("decorating with " + label)
        def wrapper():
            return "<" + label + ">" + fn() + "</" + label + ">"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
print(order)
call_log = []
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        call_log.append((fn.__name__, args, kwargs))
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=6)
print(call_log)
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
for _ in range(4):
    noop()
print("calls:", noop.calls)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
handlers = {}
@register(handlers)
def on_start():
    return "started"
print(sorted(handlers), handlers["on_start"]())
