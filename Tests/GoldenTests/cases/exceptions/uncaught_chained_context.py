# An uncaught exception raised while handling another one.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError(f"could not parse {text!r}")
print("parsing 12:", parse("12"))
try:
    parse("x")
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))
    print("cause is None:", e.__cause__ is None, "| suppress:", e.__suppress_context__)
print("parsing abc...")
parse("abc")
