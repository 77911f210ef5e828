# from-imports: names, aliases, star-import with __all__.
from mod_shapes import Circle, Square as Sq, area_total
from mod_shapes import DEFAULT_SHAPES
shapes = [Circle(1), Sq(2)] + DEFAULT_SHAPES
print(shapes)
print("total area:", round(area_total(shapes), 4))
from mod_helper import *
print("star import:", CONSTANT, greet("Bob"), Tally.__name__)
for name in ["_private", "not_exported", "load_count"]:
    print(name, "imported by star:", name in globals())
from mod_helper import not_exported as ne, _private
print("explicit import of non-__all__ names:", ne, "|", _private)
import mod_shapes
print("same class object:", mod_shapes.Circle is Circle, mod_shapes.Square is Sq)
from math import sqrt, pi as PI
print(sqrt(2), PI)
from collections import namedtuple, deque
print(namedtuple.__name__, deque.__name__)
import os.path
print(os.path.basename("x/y.txt"))
import math, string
print(math.floor(1.5), string.digits[:3])
