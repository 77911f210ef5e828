# NameError and UnboundLocalError.
x = 10
def uses_before_assign():
    print(x)
    x = 5
try:
    uses_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(never_defined)
except NameError as e:
    print("NameError:", e)
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def aug():
    total += 1
try:
    aug()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_var():
    def inner():
        return y
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    y = 1
print(free_var())
print(issubclass(UnboundLocalError, NameError))
try:
    del also_never_defined
except NameError as e:
    print("NameError:", e)
def loop_var():
    for i in []:
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
