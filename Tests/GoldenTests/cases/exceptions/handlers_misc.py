# Exceptions in expressions and handlers: errors inside except/finally, exception in loops.
results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
    except TypeError:
        results.append("none")
print(results)
def handler_raises():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("from handler")
try:
    handler_raises()
except TypeError as e:
    print("got", repr(e), "context", repr(e.__context__))
def finally_raises():
    try:
        raise ValueError("masked")
    finally:
        raise KeyError("from finally")
try:
    finally_raises()
except KeyError as e:
    print("finally exception wins:", repr(e), "context:", repr(e.__context__))
def exc_info_like():
    try:
        raise IndexError("i")
    except IndexError as e:
        return e
err = exc_info_like()
print("exception object survives:", repr(err), type(err).__name__)
total = 0
for i in range(-2, 3):
    try:
        total += 10 // i
    except ZeroDivisionError:
        total += 1000
print("total:", total)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError:
        return None
print(safe_div(1, 2), safe_div(1, 0), safe_div("a", 1))
