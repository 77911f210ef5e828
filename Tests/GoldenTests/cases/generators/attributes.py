# Generator attributes: gi_running, gi_frame, gi_code, gi_yieldfrom, names and repr.
def outer():
    def inner(n):
        x = n
        y = yield x
        yield y
    return inner

inner = outer()
g = inner(3)
print(repr(g).startswith('<generator object outer.<locals>.inner at '), repr(g).endswith('>'))
print(g.__name__, g.__qualname__)
print(g.gi_running, g.gi_yieldfrom, g.gi_code.co_name, g.gi_code.co_qualname if hasattr(g.gi_code, 'co_qualname') else '')
print(g.gi_frame.f_lineno, g.gi_frame.f_code is g.gi_code)
print(next(g))
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(g.send('sent'))
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(repr(g.gi_frame).startswith('<frame at '))
g.__name__ = 'renamed'
g.__qualname__ = 'Some.renamed'
print(g.__name__, g.__qualname__, repr(g).startswith('<generator object Some.renamed at '))
try:
    g.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    g.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)
for _ in g:
    pass
print(g.gi_frame, g.gi_running, g.gi_yieldfrom, g.gi_code.co_name)

def running():
    yield me.gi_running
    yield me.gi_frame.f_lineno
me = running()
print(list(me))

def named():
    yield 1
named.__name__ = 'other'
named.__qualname__ = 'X.other'
n = named()
print(n.__name__, n.__qualname__, n.gi_code.co_name)
print(type(n).__name__, type(n) is type(g), iter(n) is n)

gen = (i * i for i in range(3))
print(gen.__name__, gen.__qualname__, repr(gen).startswith('<generator object <genexpr> at '))
print(gen.gi_code.co_name, list(gen))
