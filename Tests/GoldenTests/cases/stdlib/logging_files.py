# logging to files: basicConfig(filename=, filemode=), FileHandler, asctime with datefmt.
import logging
import os

path = "logging_files_test.log"

logging.basicConfig(filename=path, filemode="w", level=logging.INFO,
                    format="%(levelname)s %(message)s")
logging.info("first line")
logging.warning("second %s", "line")
logging.debug("not written")
for h in logging.getLogger().handlers:
    h.close()
with open(path) as f:
    print(f.read(), end="")

handler = logging.FileHandler(path)
handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%Y"))
log = logging.getLogger("file")
log.propagate = False
log.addHandler(handler)
log.warning("appended")
handler.close()
with open(path) as f:
    lines = f.read().splitlines()
print(lines[:2])
year, message = lines[2].split(" ", 1)
print(len(year), year.isdigit(), message)

fmt = logging.Formatter("%(asctime)s|%(message)s")
record = logging.makeLogRecord({"msg": "timed", "created": 0.5, "msecs": 500.0})
stamp = fmt.formatTime(record)
print(len(stamp), stamp[-4:], stamp[4], stamp[10], stamp[19])
os.remove(path)
