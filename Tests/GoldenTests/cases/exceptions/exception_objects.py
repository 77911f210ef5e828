# str() / repr() / args of standard exceptions.
excs = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", "b"),
    ValueError(42),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError("idx"),
    TypeError("t"),
    ZeroDivisionError("division by zero"),
    AttributeError("attr"),
    NameError("n"),
    RuntimeError(""),
    StopIteration(5),
    Exception("base", 1),
    OSError("os"),
    NotImplementedError("todo"),
    AssertionError("assert"),
    ArithmeticError("arith"),
    LookupError("lookup"),
    OverflowError("big"),
    RecursionError("deep"),
]
for e in excs:
    print(f"{type(e).__name__:20} str={str(e)!r:22} repr={e!r} args={e.args}")
print(StopIteration(5).value, StopIteration().value)
e = Exception("x")
e.args = ("changed", 2)
print(e, repr(e))
print(BaseException.__name__, issubclass(Exception, BaseException))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(SystemExit(), Exception))
print(str(KeyError("a\nb")), str(ValueError("a\nb")))
