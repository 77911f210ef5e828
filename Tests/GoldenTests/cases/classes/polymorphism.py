# Polymorphism, duck typing, abstract-style base classes and overriding.
class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
class Rect(Shape):
    name = "rectangle"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
shapes = [Rect(2, 3), Square(2), Circle(1), Rect(1, 1)]
for s in shapes:
    print(s.describe())
print([s.name for s in sorted(shapes)])
print(max(shapes).name, min(shapes).name)
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Duck:
    def speak(self):
        return "quack"
class Robot:
    def speak(self):
        return "beep"
class Mute:
    pass
for thing in [Duck(), Robot(), Mute()]:
    speak = getattr(thing, "speak", None)
    print(type(thing).__name__, "->", speak() if speak else "(silent)")
def total_area(items):
    return round(sum([i.area() for i in items]), 3)
print(total_area(shapes), total_area([]))
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__mro__[1].__name__)
print(Square(3).area(), Square.area is Rect.area, Square.describe is Shape.describe)
