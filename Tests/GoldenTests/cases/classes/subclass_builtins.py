# Subclassing built-in types.
class MyList(list):
    def sum(self):
        total = 0
        for x in self:
            total += x
        return total
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml).__name__, isinstance(ml, list))
print(ml[1:3], type(ml[1:3]).__name__, ml + [5], type(ml + [5]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        return f"<no {key}>"
dd = DefaultDict(a=1)
print(dd["a"], dd["b"], "b" in dd, dd)
class CountingDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)
cd = CountingDict()
cd["x"] = 5
print(cd, cd.get("x"))
class Shout(str):
    def shout(self):
        return self.upper() + "!"
s = Shout("hey")
print(s.shout(), s + " you", type(s + "x").__name__, len(s), s == "hey")
class Even(int):
    def is_even(self):
        return self % 2 == 0
e = Even(10)
print(e, e + 1, type(e + 1).__name__, e.is_even(), Even(7).is_even())
print(isinstance(e, int), e * 2, str(e), repr(e))
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
try:
    raise NotFound("user")
except AppError as err:
    print(type(err).__name__, err, err.what, err.args)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
st = Stack()
st.push(1)
st.push(2)
print(st.peek(), st.pop(), st, bool(Stack()))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
pr = Pair(1, 2)
print(pr, pr.swap(), pr[0], len(pr), isinstance(pr, tuple))
class FloatCls(float):
    pass
print(FloatCls(1.5) * 2, type(FloatCls(1.5)).__name__)
