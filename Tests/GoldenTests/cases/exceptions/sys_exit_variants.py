# sys.exit with a string message: printed to stderr, exit status 1.
import sys
def main():
    print("working...")
    try:
        sys.exit()
    except SystemExit as e:
        print("bare sys.exit() code:", e.code)
    try:
        sys.exit(None)
    except SystemExit as e:
        print("sys.exit(None) code:", e.code)
    try:
        raise SystemExit
    except SystemExit as e:
        print("raise SystemExit code:", e.code, "is Exception:", isinstance(e, Exception))
    try:
        sys.exit(0)
    finally:
        print("finally runs during exit")
main()
