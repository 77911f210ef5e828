# Attributes whose value is None are None, not missing (AttributeError).
print(object.__base__, int.__base__, bool.__base__)
print(hasattr(object, "__base__"))
class A: pass
print(A.__base__, A.__doc__)
