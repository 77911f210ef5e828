# 'break' outside of any loop.
def f(n):
    if n > 0:
        break
    return n
