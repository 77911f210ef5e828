# Class machinery the typing/enum/abc modules rely on: script __setattr__ on instances and
# classes (its return value discarded), type.__setattr__/__delattr__ seen by lookups,
# __init_subclass__ under a custom metaclass, __mro_entries__, __class_getitem__,
# isinstance/issubclass through a metaclass's hooks.


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        return super().__setattr__(name, value)


obj = Logged()
obj.a = 1
obj.b = obj.a + 1
print(1, 2, 3, 4, 5, 6, 7, 8, obj.a, obj.b)


class Meta(type):
    def __setattr__(cls, name, value):
        if name == "frozen":
            raise AttributeError("cannot reassign 'frozen'")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("del", name)
        super().__delattr__(name)

    def __instancecheck__(cls, instance):
        return isinstance(instance, int)

    def __subclasscheck__(cls, sub):
        return sub is bool or type.__subclasscheck__(cls, sub)


class Config(metaclass=Meta):
    frozen = True
    value = 1


Config.value = 2
print(Config.value, Config().value)
type.__setattr__(Config, "value", 3)
print(Config.value, Config().value)
try:
    Config.frozen = False
except AttributeError as e:
    print("AttributeError:", e)
del Config.value
print(hasattr(Config, "value"))
try:
    type.__delattr__(Config, "value")
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(3, Config), isinstance("x", Config), issubclass(bool, Config), issubclass(str, Config))
print(isinstance(Config(), Config), issubclass(Config, Config), isinstance(3, (str, Config)))
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class Plain(Base, tag="plain"):
    pass


class WithMeta(Base, metaclass=Meta, tag="meta"):
    pass


print(Plain.tag, WithMeta.tag, Plain[int], WithMeta[str])
Dynamic = Meta("Dynamic", (Base,), {}, tag="dyn")
print(Dynamic.tag)


class Alias:
    def __init__(self, *entries):
        self.entries = entries

    def __mro_entries__(self, bases):
        return self.entries


alias = Alias(list, Base)


class FromAlias(alias, tag="alias"):
    pass


print(FromAlias.__bases__, FromAlias.__orig_bases__[0] is alias, FromAlias([1, 2]))
print("__orig_bases__" in Plain.__dict__)


class Abstractish:
    @property
    def value(self):
        return 1


Abstractish.value.fget.__isabstractmethod__ = True
print(Abstractish.value.__isabstractmethod__, property(lambda s: 0).__isabstractmethod__)
print(object.__subclasshook__(), NotImplemented is object.__subclasshook__(int))
