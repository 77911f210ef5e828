# Catching through the exception hierarchy.
def catch(fn):
    try:
        fn()
    except LookupError as e:
        return f"LookupError caught {type(e).__name__}"
    except ArithmeticError as e:
        return f"ArithmeticError caught {type(e).__name__}"
    except Exception as e:
        return f"Exception caught {type(e).__name__}"
print(catch(lambda: {}["k"]))
print(catch(lambda: [][0]))
print(catch(lambda: "abc"[10]))
print(catch(lambda: 1 / 0))
print(catch(lambda: 2 ** 10000 * 1.0))
print(catch(lambda: int("z")))
print(catch(lambda: None.attr))
names = [KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError,
         UnboundLocalError, NameError, RecursionError, RuntimeError,
         NotImplementedError, FileNotFoundError, OSError, StopIteration,
         TypeError, AttributeError, AssertionError, KeyboardInterrupt, SystemExit,
         ModuleNotFoundError, ImportError, UnicodeDecodeError, FloatingPointError]
for cls in names:
    print(cls.__name__, "->", [b.__name__ for b in cls.__mro__[1:]])
try:
    raise FileNotFoundError("x")
except OSError as e:
    print("OSError catches", type(e).__name__)
try:
    raise UnboundLocalError("u")
except NameError as e:
    print("NameError catches", type(e).__name__)
try:
    raise KeyError("first handler wins")
except KeyError:
    print("KeyError handler")
except LookupError:
    print("not reached")
