def f(items):
    total = 0
    for i in items:
        total += i
    return list((yield i) for i in items)
