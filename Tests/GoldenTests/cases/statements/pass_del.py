# pass and del in all forms.
def nothing():
    pass
print("pass function returns", nothing())
class Nothing:
    pass
print("empty class:", Nothing.__name__)
x = 1
del x
try:
    print(x)
except NameError as e:
    print("after del:", e)
a, b = 1, 2
del a, b
print("deleted two:", "a" in dir(), "b" in dir())
lst = list(range(10))
del lst[0]
print("del item:", lst)
del lst[-1]
print("del negative:", lst)
del lst[2:4]
print("del slice:", lst)
del lst[::2]
print("del extended slice:", lst)
del lst[:]
print("del all:", lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print("del key:", d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    pass
o = Obj()
o.attr = 5
o.other = 6
del o.attr
print("del attribute:", hasattr(o, "attr"), o.other)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print("del nested:", nested)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del undefined_name
except NameError as e:
    print("del undefined:", e)
