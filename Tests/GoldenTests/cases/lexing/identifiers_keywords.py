# Identifiers, soft keywords, unicode names.
_private = 1
__dunder_like = 2
camelCase = 3
snake_case_123 = 4
print(_private, __dunder_like, camelCase, snake_case_123)
café = "unicode identifier"
print(café)
π = 3.14
print("pi:", π)
match = "match is a soft keyword"
case = "case too"
print(match, "/", case)
_ = 10
print("underscore:", _)
True_ = True
print(True_, None is None, type(None).__name__)
Print = print
Print("rebinding builtins works")
x=1;y=2;z=x+y
print("semicolons:", x, y, z)
if x: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
class Empty: pass
print(Empty.__name__)
print(1 if x else 2)
