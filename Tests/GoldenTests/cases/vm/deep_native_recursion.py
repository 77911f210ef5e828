# Swift-level recursion (repr of deeply nested lists, a __repr__ calling itself) ends in
# RecursionError, never a native stack overflow.
l = []
for i in range(100000):
    l = [l]
try:
    s = repr(l)
    print(len(s))
except RecursionError as e:
    print("RecursionError", e)
d = {}
for i in range(100000):
    d = {"k": d}
try:
    print(d == d)
except RecursionError:
    print("RecursionError eq")
class A:
    def __repr__(self):
        return repr(self)
try:
    repr(A())
except RecursionError:
    print("RecursionError repr")
