# logging: the default format, levels, the last-resort handler, basicConfig on a stream.
import logging
import sys

logging.warning("before any configuration: %s", "last resort")
logging.getLogger("app").error("a named logger without handlers")
logging.info("not shown: below WARNING")
logging.warning("module-level call configures the root logger")
root = logging.getLogger()
print(root, root.handlers, root.level, logging.getLevelName(root.level))
logging.error("error %d of %d", 1, 2)
logging.critical("critical %(what)s", {"what": "dict args"})
logging.log(logging.WARNING, "via log()")
try:
    logging.log("WARNING", "bad level")
except TypeError as e:
    print("TypeError:", e)

print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15),
      logging.getLevelName("NOPE"))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR,
      logging.CRITICAL, logging.FATAL, logging.NOTSET)

logging.basicConfig(level=logging.DEBUG, format="ignored: already configured")
logging.debug("still not shown: basicConfig did nothing")
logging.basicConfig(force=True, stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s|%(name)s|%(module)s|%(funcName)s|%(lineno)d|%(message)s")
logging.debug("now on stdout")


def helper():
    logging.getLogger("helper.sub").info("from a function")


helper()
logging.log(15, "custom level")
print(repr(logging.getLogger("x.y")), repr(root))

for bad in ({"stream": sys.stdout, "filename": "x.log"}, {"nonsense": 1}, {"style": "?"},
            {"handlers": [], "stream": sys.stdout}):
    try:
        logging.basicConfig(force=True, **bad)
    except ValueError as e:
        print("ValueError:", e)

for level in ("LOUD", 1.5):
    try:
        root.setLevel(level)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
