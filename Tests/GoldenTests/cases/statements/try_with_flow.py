# try/except/else/finally, with, return/break/continue through finally blocks and __exit__,
# handled-exception state, re-raise and chaining (run on both evaluators).
import sys
class CM:
    def __init__(self, name, swallow=False): self.name = name; self.swallow = swallow
    def __enter__(self): print("enter", self.name); return self.name
    def __exit__(self, t, v, tb): print("exit", self.name, t.__name__ if t else None, v); return self.swallow

def f1(x):
    try:
        if x == 1: raise ValueError("one")
        if x == 2: raise KeyError("two")
        if x == 3: return "ret-in-try"
        r = "body"
    except ValueError as e:
        print("VE", e, sys.exc_info()[0].__name__)
        r = "handled"
    except (KeyError, TypeError):
        print("KE/TE", sys.exc_info()[1])
        return "ret-in-handler"
    else:
        print("else")
    finally:
        print("finally", x)
    return r
for i in range(4): print(f1(i))

def f2():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print("i", i)
        finally:
            print("fin", i)
    return i
print(f2())

def f3():
    with CM("a") as a, CM("b") as b:
        print("inside", a, b)
    with CM("c", swallow=True):
        raise RuntimeError("swallowed")
    try:
        with CM("d"):
            raise RuntimeError("propagates")
    except RuntimeError as e:
        print("caught", e)
    for i in range(3):
        with CM("loop"):
            if i == 1: break
    with CM("r"):
        return "from-with"
print(f3())

def f4():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise ValueError("nested")
        except ValueError as e:
            print("nested", repr(e.__context__))
        print("still", repr(sys.exc_info()[1]))
    print("after", sys.exc_info())
    try:
        return 1
    finally:
        print("finally on return")
print(f4())

def f5():
    try:
        raise ValueError("x")
    except ValueError:
        raise
try:
    f5()
except ValueError as e:
    print("reraised", e)
def f6():
    try:
        1/0
    except ZeroDivisionError as e:
        raise TypeError("converted") from e
try: f6()
except TypeError as e: print(e, repr(e.__cause__))
def f7():
    try:
        return "try"
    finally:
        return "finally wins"
print(f7())
def f8():
    e = 5
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e
try: f8()
except UnboundLocalError as x: print("UBL", x)
def f9():
    try:
        raise ValueError("unhandled")
    except KeyError:
        print("no")
    finally:
        print("fin9")
f9()
