# sys.exit with an integer status.
import sys
print("about to exit with 3")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit, code =", e.code, "| args:", e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print("sys.exit(0) code:", e.code)
def leave():
    try:
        sys.exit(3)
    finally:
        print("finally runs while exiting")
sys.stdout.flush()
leave()
print("not reached")
