# Single inheritance, overriding, super().
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name}, a {self.kind}, and I say {self.speak()}"
class Cat(Animal):
    kind = "cat"
    def speak(self):
        return "meow"
class Lion(Cat):
    kind = "lion"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "... ROAR"
for a in [Animal("generic"), Cat("Tom"), Lion("Leo", "east")]:
    print(a.intro())
leo = Lion("Leo", "east")
print(leo.pride, leo.name)
print(isinstance(leo, Cat), isinstance(leo, Animal), isinstance(Cat("c"), Lion))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat))
print(issubclass(Lion, (int, Cat)), isinstance(leo, (str, int)))
print(Lion.__bases__ == (Cat,), Cat.__base__ is Animal, Animal.__bases__ == (object,))
print([c.__name__ for c in Lion.__mro__])
print(Animal.speak(leo), Cat.speak(leo))
class Base:
    def __init__(self):
        self.log = ["Base"]
class Child(Base):
    pass
print(Child().log)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
class SubCounter(Counter):
    pass
a, b, c = Counter(), SubCounter(), SubCounter()
print(Counter.count, SubCounter.count, c.id)
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(4).area())
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(issubclass(bool, int), isinstance(True, int), issubclass(int, object))
