# sys.exit("message") prints the message to stderr and exits with 1.
import sys
print("before")
try:
    sys.exit("caught message")
except SystemExit as e:
    print("caught SystemExit, code =", repr(e.code))
try:
    raise SystemExit("also a message")
except SystemExit as e:
    print("raise SystemExit(str):", e.code, "| str:", str(e))
try:
    print("finally blocks run on the way out")
    sys.exit("fatal: configuration missing")
finally:
    print("cleanup done")
