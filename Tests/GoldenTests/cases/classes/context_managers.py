# __enter__/__exit__ and the with statement.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        status = exc_type.__name__ if exc_type else None
        print(f"exit {self.name} (exception: {status})")
        return self.suppress
with Tracker("a") as t:
    print("inside", t.name)
with Tracker("outer"), Tracker("inner") as inner:
    print("nested body, inner =", inner.name)
try:
    with Tracker("raising"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
with Tracker("suppressing", suppress=True):
    raise KeyError("hidden")
print("after suppressed exception")
def use():
    with Tracker("in function"):
        return "returned value"
print(use())
for i in range(3):
    with Tracker(f"loop {i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return "handle"
    def __exit__(self, *args):
        self.open = False
r = Resource()
with r as h:
    print("handle:", h, "open:", r.open)
print("closed:", r.open)
class ExitArgs:
    def __enter__(self):
        return None
    def __exit__(self, exc_type, exc, tb):
        print("exc_type is", exc_type.__name__ if exc_type else None,
              "| exc:", repr(exc), "| tb given:", tb is not None)
        return True
with ExitArgs() as nothing:
    print("as target gets", nothing)
    1 / 0
with ExitArgs():
    pass
