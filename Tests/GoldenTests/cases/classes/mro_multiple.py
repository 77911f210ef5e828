# Multiple inheritance and the C3 method resolution order.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D().who())
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
print(D.__mro__ == (D, B, C, A, object))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def greet(self):
        return "hello from " + self.name()
class Named:
    def name(self):
        return type(self).__name__
class Thing(Mixin, Named):
    pass
print(Thing().greet())
class P:
    attr = "P"
class Q(P):
    pass
class R(P):
    attr = "R"
class S(Q, R):
    pass
print("attribute lookup follows MRO:", S.attr)
print(issubclass(S, P), issubclass(S, (int, R)), S.__bases__ == (Q, R))
