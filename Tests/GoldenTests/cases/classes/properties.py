# @property with getter, setter, deleter; computed properties.
class Circle:
    def __init__(self, radius):
        self._radius = radius
    @property
    def radius(self):
        """The radius."""
        return self._radius
    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._radius
    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 2)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_radius"))
try:
    c.radius
except AttributeError as e:
    print("AttributeError:", e)
print(Circle.radius.__doc__, type(Circle.radius).__name__)
class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
    @property
    def full(self):
        return self.first + " " + self.last
    @full.setter
    def full(self, value):
        self.first, self.last = value.split(" ")
p = Person("Ada", "Lovelace")
print(p.full)
p.full = "Grace Hopper"
print(p.first, p.last, p.full)
class Legacy:
    def get_x(self):
        return self._x * 10
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x)
l = Legacy()
l.x = 4
print("property():", l.x)
class Sub(Person):
    @property
    def full(self):
        return "Dr. " + super().full
print(Sub("A", "B").full)
