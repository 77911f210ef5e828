# Exceptions raised without a message print only the class name.
class EmptyError(Exception):
    pass
try:
    raise EmptyError
except EmptyError as e:
    print("caught:", repr(e), "str:", repr(str(e)), "args:", e.args)
try:
    raise ValueError()
except ValueError as e:
    print("caught:", repr(e), "str:", repr(str(e)))
def fail():
    raise EmptyError()
print("now uncaught:")
fail()
