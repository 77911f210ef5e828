# raise ... from None hides the context in the traceback.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no key {k}") from None
print(lookup({"a": 1}, "a"))
try:
    lookup({}, "z")
except LookupError as e:
    print("caught:", e, "| context kept:", repr(e.__context__), "| suppressed:", e.__suppress_context__)
lookup({"a": 1}, "b")
