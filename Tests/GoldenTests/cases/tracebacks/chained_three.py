# Three chained exceptions: implicit context, then explicit cause.
def read_config():
    try:
        return {"a": 1}["b"]
    except KeyError:
        return int("not a number")
def load():
    try:
        return read_config()
    except ValueError as e:
        raise RuntimeError("configuration could not be loaded") from e
try:
    load()
except RuntimeError as e:
    print("caught:", e)
    print("cause:", repr(e.__cause__))
    print("cause's context:", repr(e.__cause__.__context__))
print("now uncaught:")
load()
