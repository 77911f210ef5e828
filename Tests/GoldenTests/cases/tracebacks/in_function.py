# Uncaught ZeroDivisionError inside a function, after the same error was caught once.
def average(values):
    total = sum(values)
    return total / len(values)
def safe_average(values):
    try:
        return average(values)
    except ZeroDivisionError as e:
        return f"n/a ({e})"
print("average of [1, 2, 3]:", average([1, 2, 3]))
print("safe average of []:", safe_average([]))
try:
    average([])
except ZeroDivisionError as e:
    print("caught once:", type(e).__name__, "| has traceback:", e.__traceback__ is not None)
print("average of [] again, uncaught:")
average([])
print("never printed")
