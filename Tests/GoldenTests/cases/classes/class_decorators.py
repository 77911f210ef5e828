# Class decorators and class-level tricks.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha:
    pass
@register
class Beta:
    pass
print(sorted(registry))
def add_greeting(greeting):
    def deco(cls):
        cls.greet = lambda self: f"{greeting}, I am {type(self).__name__}"
        return cls
    return deco
@add_greeting("Hi")
class Person:
    pass
print(Person().greet())
def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join([f"{k}={v!r}" for k, v in vars(self).items()])
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@auto_repr
class Config:
    def __init__(self, host, port):
        self.host = host
        self.port = port
print(Config("localhost", 8080))
def count_instances(cls):
    original_init = cls.__init__
    cls.count = 0
    def __init__(self, *args, **kwargs):
        cls.count += 1
        original_init(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls
@count_instances
class Widget:
    def __init__(self, name):
        self.name = name
ws = [Widget("a"), Widget("b"), Widget("c")]
print("widgets:", Widget.count, ws[2].name)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class DB:
    def __init__(self, url):
        self.url = url
print(DB("first").url, DB("second").url, DB("x") is DB("y"))
@auto_repr
@add_greeting("Hey")
class Stacked:
    def __init__(self):
        self.v = 1
print(Stacked(), Stacked().greet())
