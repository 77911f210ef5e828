# Logger hierarchy, propagation, handler and logger levels, filters, formatters, exc_info.
import logging
import os
import sys

here = os.path.dirname(os.path.abspath(__file__)) + "/"


class ListHandler(logging.Handler):
    def __init__(self, label, level=logging.NOTSET):
        super().__init__(level)
        self.label = label

    def emit(self, record):
        # Tracebacks name this file relative to here, as Baozi does.
        print(self.label, "<-", self.format(record).replace(here, ""))


root = logging.getLogger()
root.setLevel(logging.DEBUG)
root.addHandler(ListHandler("root"))

a = logging.getLogger("a")
ab = logging.getLogger("a.b")
abc = logging.getLogger("a.b.c")
print(ab.parent is a, abc.parent is ab, a.parent is root, logging.getLogger("a.b") is ab)
late_child = logging.getLogger("x.y.z")
x = logging.getLogger("x")
print(late_child.parent is x, x.parent is root, a.getChild("b") is ab)

a_handler = ListHandler("a", logging.WARNING)
a_handler.setFormatter(logging.Formatter("[%(name)s] %(levelname)s %(message)s"))
a.addHandler(a_handler)
abc.info("info from a.b.c")
abc.warning("warning from a.b.c")
ab.propagate = False
abc.error("stops at a.b: no handlers there, so nothing is printed")
print(abc.hasHandlers(), a.hasHandlers())
ab.propagate = True

ab.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR))
abc.warning("filtered by the effective level")
abc.error("passes a.b's level")
ab.setLevel(logging.NOTSET)


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


a.addFilter(OnlyEven())
for i in range(4):
    a.warning("number %d", i)
a.filters.clear()
a.addFilter(logging.Filter("a.b"))
a.warning("a's own records do not match the a.b filter")
a.filters.clear()
a.addFilter(lambda record: "secret" not in record.getMessage())
a.warning("a secret")
a.warning("public")
a.filters.clear()

root.handlers[0].setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
logging.getLogger("brace").info("brace style %s", "args")
root.handlers[0].setFormatter(logging.Formatter("$levelname/${name}: $message", style="$"))
logging.getLogger("dollar").info("dollar style")
root.handlers[0].setFormatter(logging.Formatter("%(name)s %(custom)s %(message)s",
                                                defaults={"custom": "default"}))
logging.getLogger("defaults").info("with defaults")
logging.getLogger("defaults").info("with extra", extra={"custom": "extra value"})
try:
    logging.getLogger("defaults").info("clash", extra={"message": "x"})
except KeyError as e:
    print("KeyError:", e)

root.handlers[0].setFormatter(logging.Formatter("%(levelname)s %(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger("exc").exception("it failed")
    logging.getLogger("exc").error("no traceback")
    logging.getLogger("exc").warning("explicit exc_info", exc_info=True)
err = ValueError("kept for later")
logging.getLogger("exc").error("exception object", exc_info=err)

for fmt, style in (("no fields", "%"), ("{nothing", "{"), ("x", "$")):
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("%(message)s", style="#")
except ValueError as e:
    print("ValueError:", e)

record = logging.makeLogRecord({"msg": "made %s", "args": ("by hand",), "levelno": 20})
print(record.getMessage(), record.levelno)
rec = logging.LogRecord("n", logging.INFO, "/path/to/file.py", 12, "msg %s", ("x",), None, "func")
print(rec.filename, rec.module, rec.funcName, rec.lineno, rec.levelname, rec.getMessage(), rec)
print(logging.Formatter("%(name)s: %(message)s").format(rec))
print(repr(logging.StreamHandler(sys.stdout)).startswith("<StreamHandler"), repr(logging.NullHandler()))

null_logger = logging.getLogger("quiet")
null_logger.addHandler(logging.NullHandler())
null_logger.propagate = False
null_logger.error("swallowed")
logging.disable(logging.WARNING)
logging.getLogger("a").warning("disabled")
logging.getLogger("a").error("above the disable level")
logging.disable(logging.NOTSET)
