# Triple-quoted strings.
s = """line one
line two
    indented line three"""
print(s)
print(len(s.splitlines()))
t = '''single 'quotes' and "double" inside'''
print(t)
u = """ends with a quote\""""
print(u)
v = """
starts with newline"""
print(repr(v))
w = """backslash \
joins lines"""
print(w)
empty = """"""
print("empty:", repr(empty), len(empty))
def f():
    """Docstring of f.

    More text.
    """
    return 1
print(repr(f.__doc__))
x = """a""" """b""" 'c'
print(x)
print(repr('''tab\tand\nnewline'''))
