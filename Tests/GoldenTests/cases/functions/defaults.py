# Default arguments: evaluated once, mutable default pitfalls, None idiom.
calls = []
def make_default():
    calls.append("evaluated")
    return 10
def f(x=make_default()):
    return x
print(f(), f(), f(1), calls)
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print("default tuple:", append_to.__defaults__)
def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_append(1), safe_append(2))
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
n = 5
def capture(v=n):
    return v
n = 6
print("default captured at def time:", capture())
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter())
def kwdefaults(a, *, b=2, c=3):
    return a + b + c
print(kwdefaults(1), kwdefaults(1, c=10), kwdefaults.__kwdefaults__)
