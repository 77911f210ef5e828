# Class bodies are not enclosing scopes for methods.
name = "module"
class C:
    name = "class attribute"
    def method(self):
        return name
    def method_self(self):
        return self.name
    def method_class(self):
        return type(self).name
c = C()
print(c.method(), "|", c.method_self(), "|", c.method_class())
class Counter:
    count = 0
    def increment(self):
        try:
            count += 1
        except UnboundLocalError as e:
            return "UnboundLocalError: " + str(e)
print(Counter().increment())
def factory():
    value = "enclosing function"
    class Inner:
        value = "class body"
        def get(self):
            return value
        def get_attr(self):
            return self.value
    return Inner()
i = factory()
print(i.get(), "|", i.get_attr())
x = "global x"
class Uses:
    x = "class x"
    y = x + " used in class body"
    def m(self):
        return x
print(Uses.y, "|", Uses().m())
class Ordering:
    a = 1
    b = a + 1
    a = 10
    c = a + b
print(Ordering.a, Ordering.b, Ordering.c)
def func_in_class_body():
    class K:
        items = [1, 2, 3]
        total = sum(items)
        first = items[0]
    return K.total, K.first
print(func_in_class_body())
class Nested:
    class Inner:
        z = 1
    try:
        w = Inner.z + 1
    except NameError:
        w = "no"
print(Nested.w, Nested.Inner.z)
