# __eq__ and __hash__: instances as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d, Point(2, 1) in d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s)
d[Point(1, 2)] = "replaced"
print(d)
class EqNoHash:
    def __eq__(self, other):
        return True
try:
    {EqNoHash()}
except TypeError as e:
    print("TypeError:", e)
print(EqNoHash.__hash__ is None)
class Identity:
    pass
i1, i2 = Identity(), Identity()
ids = {i1: 1, i2: 2}
print(ids[i1], ids[i2], len(ids))
print(hash(i1) == hash(i1))
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.k == other.k
keys = {Key(1): "one", Key(2): "two", Key(1): "uno"}
print(len(keys), [v for v in keys.values()])
print(hash(1) == 1, hash(1.0) == hash(1), hash(True) == hash(1), hash(-1) == -2)
print(hash((1, 2)) == hash((1, 2)), hash("same") == hash("same"))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print({1: "int", 1.0: "float", True: "bool"})
