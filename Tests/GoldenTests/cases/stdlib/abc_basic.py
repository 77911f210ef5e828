# abc: abstract methods, the instantiation error, register, __subclasshook__, caches.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class HalfSquare(Shape):
    def area(self):
        return 1


class Square(HalfSquare):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


print(sorted(Shape.__abstractmethods__))
print(sorted(HalfSquare.__abstractmethods__))
print(Square.__abstractmethods__)
for cls in (Shape, HalfSquare):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
s = Square(3)
print(s.describe(), s.perimeter())
print(isinstance(s, Shape), issubclass(Square, Shape), issubclass(int, Shape))
print(type(Shape) is ABCMeta, isinstance(Shape, ABCMeta))


# A metaclass given directly, an abstract property, class and static methods.
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Impl(Base):
    name = "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


print(Impl.make().name, Impl.helper())


# Virtual subclasses through register (also as a decorator).
class Drawable(ABC):
    pass


@Drawable.register
class Sprite:
    pass


Drawable.register(int)
print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable), isinstance(3, Drawable))
print(issubclass(bool, Drawable), issubclass(str, Drawable), Drawable.register(Sprite) is Sprite)
print(Sprite.__mro__)
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)


class Sub(Drawable):
    pass


try:
    Sub.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)
token = abc.get_cache_token()
Drawable.register(float)
print(abc.get_cache_token() == token + 1)


# __subclasshook__ decides for classes that do not inherit.
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Box:
    def __len__(self):
        return 0


print(issubclass(Box, Sized2), isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))
print(isinstance("x", (int, Sized2)), issubclass(Box, (int, Sized2)))
try:
    issubclass(3, Sized2)
except TypeError as e:
    print("TypeError:", e)


# ABCs with concrete state, and an abstract method implemented after the fact.
class Counter(ABC):
    def __init__(self, start):
        self.value = start

    @abstractmethod
    def step(self):
        ...


class Up(Counter):
    def step(self):
        self.value += 1
        return self.value


u = Up(5)
print(u.step(), u.step())
print(getattr(Counter.step, "__isabstractmethod__", False), getattr(Up.step, "__isabstractmethod__", False))


class Later(ABC):
    @abstractmethod
    def go(self):
        ...


Later.go = lambda self: "went"
abc.update_abstractmethods(Later)
print(Later().go(), Later.__abstractmethods__)
print(abc.ABC.__slots__, ABCMeta.__name__)
