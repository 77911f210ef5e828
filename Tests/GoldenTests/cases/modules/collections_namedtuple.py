# collections.namedtuple.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print("unpacked:", x, y)
print(Point._fields, Point.__name__, type(p).__name__)
q = p._replace(y=10)
print("replace:", q, "original:", p)
print("asdict:", p._asdict(), dict(p._asdict()))
print("make:", Point._make([5, 6]), Point(x=7, y=8), Point(9, y=0))
print("tuple behaviour:", p == (1, 2), p + (3,), p * 2, tuple(p), list(p), isinstance(p, tuple))
print("hashable:", {p: "origin-ish"}[Point(1, 2)], hash(p) == hash((1, 2)))
Person = namedtuple("Person", "name age city")
people = [Person("Ann", 31, "Oslo"), Person("Bob", 25, "Rome"), Person("Cy", 31, "Lima")]
print(sorted(people, key=lambda pr: (pr.age, pr.name)))
print(max(people, key=lambda pr: pr.age).name, [pr.city for pr in people])
Opt = namedtuple("Opt", ["a", "b"], defaults=[0])
print(Opt(1), Opt(1, 2), Opt._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(p.count(1), p.index(2), p[::-1])
for field, value in zip(Point._fields, p):
    print(field, "=", value)
