# Exception chaining attributes: __cause__, __context__, __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    print(repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__))
    print("suppress_context:", e.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e), "cause:", e.__cause__, "context:", repr(e.__context__))
    print("suppress_context:", e.__suppress_context__)
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(repr(e), "cause:", e.__cause__, "context:", repr(e.__context__))
    print("suppress_context:", e.__suppress_context__)
e = ValueError("plain")
print("fresh exception:", e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise TypeError("t") from KeyError("explicit cause")
except TypeError as e:
    print("cause given directly:", repr(e.__cause__))
def depth3():
    try:
        raise OSError("level 1")
    except OSError:
        try:
            raise ValueError("level 2")
        except ValueError:
            raise RuntimeError("level 3")
try:
    depth3()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
