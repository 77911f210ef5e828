# atexit functions also run after sys.exit and after an uncaught exception's traceback.
import atexit
import sys

atexit.register(print, "exit handler ran")
print("exiting with 3")
sys.exit(3)
