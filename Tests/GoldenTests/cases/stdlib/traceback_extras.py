# The traceback module: format_exc/print_exc, format_exception with a traceback, extract_tb,
# format_tb, format_list, extract_stack, TracebackException, limits and chains.
import os
import sys
import traceback

here = os.path.dirname(os.path.abspath(__file__)) + "/"


def show(text):
    # CPython names this file by its absolute path, Baozi as it was given: print it relative.
    print(text.replace(here, ""), end="")



def inner(n):
    return 10 // n


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError as e:
    err = e
    show(traceback.format_exc())

show("".join(traceback.format_exception(err)))
show("".join(traceback.format_exception(type(err), err, err.__traceback__)))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception_only(err))
summary = traceback.extract_tb(err.__traceback__)
print(len(summary), [(f.lineno, f.name, f.line) for f in summary])
print(summary[0].filename.replace(here, ""), repr(summary[-1]).replace(here, ""))
filename, lineno, name, line = summary[1]
print(lineno, name, line)
show("".join(traceback.format_tb(err.__traceback__)))
show("".join(traceback.format_tb(err.__traceback__, limit=1)))
show("".join(traceback.format_tb(err.__traceback__, limit=-1)))
show("".join(traceback.format_list([("f.py", 3, "g", "x = 1"), ("f.py", 4, "h", None)])))
show("".join(traceback.format_exception(err, limit=2)))

te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), len(te.stack))
show("".join(te.format()))
print(list(te.format_exception_only()))

try:
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    chained = e
show("".join(traceback.format_exception(chained)))
show("".join(traceback.format_exception(chained, chain=False)))
show("".join(traceback.TracebackException.from_exception(chained).format()))


def where():
    return traceback.extract_stack()


stack = where()
print([(f.name, f.line) for f in stack][-2:])
show(traceback.format_exc())
print(traceback.format_exception_only(None))


class MyError(Exception):
    pass


print(traceback.format_exception_only(MyError("mine")))
print(traceback.format_exception_only(MyError()))
traceback.print_exception(err, file=sys.stderr)
traceback.print_exception(err, limit=1)
traceback.print_tb(err.__traceback__)
