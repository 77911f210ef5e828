# Uncaught error while executing a class body.
print("defining classes")
class Fine:
    x = 1
    y = x * 2
    names = [n for n in "ab"]
print("Fine:", Fine.x, Fine.y, Fine.names)
try:
    class AlsoBroken:
        value = 1 / 0
except ZeroDivisionError as e:
    print("class body error caught:", e)
print("AlsoBroken defined?", "AlsoBroken" in globals())
class Broken:
    limits = {"low": 1, "high": 10}
    span = limits["high"] - limits["mid"]
print("not reached")
