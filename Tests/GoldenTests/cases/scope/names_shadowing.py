# Shadowing and rebinding names across scopes; functions and classes are just names.
def greet():
    return "first greet"
first = greet
def greet():
    return "second greet"
print(first(), greet())
class A:
    tag = "A1"
Old = A
class A:
    tag = "A2"
print(Old.tag, A.tag)
list_ = list
def list(*args):
    return "shadowed list"
print(list(), list_("ab"))
del list
print(list("xy"))
def f():
    return "f"
def g():
    f = lambda: "local f"
    return f()
print(g(), f())
str_copy = str
def uses_str(x):
    str = "a local named str"
    return str_copy(x) + " / " + str
print(uses_str(5))
def param_named_like_builtin(len, type="t"):
    return len * 2, type
print(param_named_like_builtin(21))
print(len("still builtin"), type(1).__name__)
import math as m
math = "not the module"
print(m.floor(2.7), math)
for print_ in [print]:
    print_("loop variable holding print")
def recursive_name():
    return recursive_name.__name__
alias = recursive_name
print(alias())
