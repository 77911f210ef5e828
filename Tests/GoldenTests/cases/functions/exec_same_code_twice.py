# One code object run with several globals dicts: each run, and each function it defines,
# sees its own globals (Baozi binds a code object to one globals dict and copies it for others).
src = """
counter = counter + 1
def get():
    return counter, name
def outer():
    def inner():
        return name.upper()
    return inner()
"""
code = compile(src, "<shared>", "exec")
g1 = {"counter": 0, "name": "first"}
g2 = {"counter": 10, "name": "second"}
exec(code, g1)
exec(code, g2)
exec(code, g1)
print(g1["get"](), g2["get"]())
print(g1["outer"](), g2["outer"](), g1["outer"]())
print(g1["get"].__globals__ is g1, g2["get"].__globals__ is g2)
g2["name"] = "changed"
print(g1["get"](), g2["get"](), g2["outer"]())

# A function called many times from a code object's second copy keeps working (and is fast).
src2 = """
def total(n):
    def add(a, b):
        return a + b + bias
    s = 0
    for i in range(n):
        s = add(s, i)
    return s
"""
code2 = compile(src2, "<shared2>", "exec")
h1 = {"bias": 0}
h2 = {"bias": 1}
exec(code2, h1)
exec(code2, h2)
print(h1["total"](1000), h2["total"](1000), h1["total"](10))

# Functions of the same def in two namespaces raise from their own code.
src3 = "def boom():\n    return missing_name\n"
k1, k2 = {}, {"missing_name": 42}
exec(src3, k1)
exec(compile(src3, "<s3>", "exec"), k2)
print(k2["boom"]())
try:
    k1["boom"]()
except NameError as e:
    print("NameError:", e)
