# __name__ == '__main__' and module-level names.
def main():
    print("running main()")
    return 0
print("__name__ is", __name__)
if __name__ == "__main__":
    main()
else:
    print("imported, not run")
print(type(__builtins__).__name__ in ("module", "dict"))
print("__doc__:", __doc__)
import sys
print("sys.argv[0]:", sys.argv[0], "extra args:", sys.argv[1:])
print(__name__ == "__main__", globals()["__name__"])
x = 5
print("globals has x:", "x" in globals(), globals()["x"])
def f():
    y = 1
    return sorted(locals())
print("locals in function:", f())
