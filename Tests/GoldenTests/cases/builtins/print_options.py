# print with sep, end, file, flush.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ")
print("no newline", end="")
print(" <- continued", end="!\n")
print()
print("multi", "line", sep="\n")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), "s")
print("flushed", flush=True)
print("to stdout explicitly", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("err", "with", "sep", sep="-", file=sys.stderr)
print(*[1, 2, 3], sep=", ")
print(*"abc")
print(sep="ignored when nothing printed")
print("", end="")
print("end with None", end=None)
print("sep None", "works", sep=None)
print("tab\tseparated", "values", sep="\t")
class Thing:
    def __str__(self):
        return "Thing.__str__"
print(Thing(), [Thing.__name__])
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me\n")
print("write returned", n)
