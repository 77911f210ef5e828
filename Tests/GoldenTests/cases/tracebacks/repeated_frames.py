# Recursion that fails a few levels deep: identical frames are collapsed.
def countdown(n):
    if n == 0:
        raise RuntimeError("reached zero")
    return countdown(n - 1)
def start():
    return countdown(6)
def shallow(n):
    if n == 0:
        raise RuntimeError("shallow zero")
    return shallow(n - 1)
try:
    shallow(2)
except RuntimeError as e:
    print("caught:", e)
print("now uncaught, six levels deep")
start()
