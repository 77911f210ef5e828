# numbers: the numeric tower of ABCs and the builtin types' places in it.
import numbers
from fractions import Fraction

tower = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for value in (1, True, 2.5, Fraction(1, 3), "1", None, [1]):
    print(repr(value), [cls.__name__ for cls in tower if isinstance(value, cls)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
print(numbers.Integral.__mro__)
print(sorted(numbers.Integral.__abstractmethods__))
try:
    numbers.Number.__hash__(1)
except TypeError as e:
    print("TypeError:", e)


class Money(numbers.Integral):
    """An integral type written from scratch: the ABC provides the mixin methods."""

    def __init__(self, cents):
        self.cents = cents

    def __int__(self):
        return self.cents

    def __repr__(self):
        return f"Money({self.cents})"

    def _wrap(op):
        def method(self, *args):
            args = [a.cents if isinstance(a, Money) else a for a in args]
            return Money(op(self.cents, *args))
        return method

    __add__ = __radd__ = _wrap(lambda a, b: a + b)
    __mul__ = __rmul__ = _wrap(lambda a, b: a * b)
    __neg__ = _wrap(lambda a: -a)
    __pos__ = _wrap(lambda a: +a)
    __abs__ = _wrap(abs)
    __truediv__ = __rtruediv__ = _wrap(lambda a, b: a // b)
    __floordiv__ = __rfloordiv__ = _wrap(lambda a, b: a // b)
    __mod__ = __rmod__ = _wrap(lambda a, b: a % b)
    __pow__ = __rpow__ = _wrap(lambda a, b, m=None: pow(a, b, m))
    __lshift__ = __rlshift__ = _wrap(lambda a, b: a << b)
    __rshift__ = __rrshift__ = _wrap(lambda a, b: a >> b)
    __and__ = __rand__ = _wrap(lambda a, b: a & b)
    __or__ = __ror__ = _wrap(lambda a, b: a | b)
    __xor__ = __rxor__ = _wrap(lambda a, b: a ^ b)
    __invert__ = _wrap(lambda a: ~a)
    __trunc__ = __floor__ = __ceil__ = lambda self: self.cents
    __round__ = lambda self, n=None: self.cents
    __lt__ = lambda self, other: self.cents < int(other)
    __le__ = lambda self, other: self.cents <= int(other)
    __eq__ = lambda self, other: self.cents == int(other)
    __hash__ = lambda self: hash(self.cents)


m = Money(250)
print(m + 5, m - Money(50), float(m), m.numerator, m.denominator, m.real, m.imag, m.conjugate())
print(divmod(m, 100), [10, 20, 30][Money(1)], isinstance(m, numbers.Real), bool(Money(0)), m.real == 250)


class Half(numbers.Real):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError:", str(e)[:60])
