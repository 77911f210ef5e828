# __str__ and __repr__, and how containers use them.
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only str"
b = Both("x")
print(b)
print(str(b), repr(b))
print([b, b])
print({"k": b})
print((b,))
print(f"{b} {b!r} {b!s}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
o = OnlyRepr()
print(o, str(o), [o])
s = OnlyStr()
print(s, str(s))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        if not self.children:
            return f"Tree({self.value})"
        return f"Tree({self.value}, {self.children})"
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents // 100}$"
        return format(str(self), spec)
m = Money(12345)
print(m, f"{m:short}", f"[{m:>10}]", format(m, "<9") + "|")
class Sub(Both):
    pass
print(Sub(5), repr(Sub(5)))
