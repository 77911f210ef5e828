# Comparison chains, short-circuit evaluation order, conditional expressions.
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(0) and v(1), log)
log.clear()
print(v(0) or v(2) or v(3), log)
log.clear()
r = v("yes") if v(True) else v("no")
print(r, log)
log.clear()
print(v(1) == v(1) != v(2), log)
x = 5
print(1 < x <= 5, 5 < x, x in [5] == True)
print(None == None, None is None, [] == [], [] is [])
print(1 == True, 0 == False, 2 == True)
print("a" < "b" < "c", "abc" < "abd", "Z" < "a")
print([1, 2] < [1, 2, 0], (2,) > (1, 9))
print(1 < 2.5 < 3, 2.0 == 2)
