# Annotated assignments.
x: int = 5
print("x:", x)
y: str
print("annotations:", __annotations__)
name: "str" = "forward"
print(name)
lst: list = []
lst.append(1)
print(lst)
def f(a: int, b: str = "d") -> bool:
    local: int = a * 2
    return local > 3
print("f:", f(1), f(2))
print("f annotations:", f.__annotations__)
class Point:
    x: int = 0
    y: int = 0
    label: str
print("class annotations:", Point.__annotations__)
print("class attr:", Point.x, hasattr(Point, "label"))
try:
    print(y)
except NameError as e:
    print("NameError:", e)
d = {}
d["key"]: int = 3
print(d)
