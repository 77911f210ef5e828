# Class definition, instances, attributes and methods.
class Dog:
    species = "canis familiaris"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def describe(self):
        return f"{self.name} is {self.age} years old"
    def speak(self, sound="woof"):
        return f"{self.name} says {sound}"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex", 3)
print(d.describe())
print(d.speak(), "/", d.speak("grr"))
print(d.birthday().birthday().age)
print(d.species, Dog.species)
e = Dog("Fido", 1)
Dog.species = "changed on class"
print(d.species, e.species)
e.species = "instance override"
print(d.species, e.species, Dog.species)
del e.species
print("after del instance attr:", e.species)
print(type(d).__name__, type(d) is Dog, d.__class__.__name__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
print(isinstance(d, Dog), isinstance(5, Dog))
print(Dog.describe(d))
m = d.describe
print("bound method call:", m())
print(d.__dict__)
print(sorted(vars(e)))
d.nickname = "R"
print("dynamic attribute:", d.nickname, "nickname" in d.__dict__)
print(getattr(d, "name"), getattr(d, "missing", "default"))
setattr(d, "name", "Max")
print(d.name, hasattr(d, "age"), hasattr(d, "tail"))
class Empty:
    pass
x = Empty()
x.a = 1
print(vars(x))
