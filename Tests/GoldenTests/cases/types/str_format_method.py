# str.format: positional, indexed, keyword, attribute and index access, conversions.
print("{} {} {}".format("a", "b", "c"))
print("{2} {1} {0} {0}".format("a", "b", "c"))
print("{name} is {age}".format(name="Bob", age=40))
print("{0} {x} {1}".format(1, 2, x="kw"))
class P:
    def __init__(self):
        self.x = 3
        self.y = [7, 8]
p = P()
print("{0.x} {0.y[1]} {p.x}".format(p, p=p))
data = {"key": "value", "n": [10, 20]}
print("{0[key]} {0[n][0]} {d[n][1]}".format(data, d=data))
print("{0[1]} {0[2]}".format("xyz"), "{0[0]}".format([["nested"]]))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{0!r:>10}|".format("pad"))
print("{{}} {{{0}}}".format("in braces"))
print("{:>8}|{:<8}|{:^8}|{:*^8}|".format("r", "l", "c", "s"))
print("{:d} {:5d} {:05d} {:+d} {:,d} {:_d}".format(1, 2, 3, 4, 1234567, 1234567))
print("{:.2f} {:10.3f} {:<10.1f}| {:e} {:.1%}".format(3.14159, 2.71828, 1.5, 1234.5, 0.256))
print("{:b} {:o} {:x} {:X} {:#b} {:#x}".format(10, 10, 255, 255, 5, 255))
print("{:,} {:,.2f} {:_} {:_x}".format(10 ** 9, 1234567.891, 10 ** 6, 0xffffffff))
print("{0:{1}} {0:{2}{1}}".format(42, 6, "<"), "|")
print("{:{}.{}f}".format(3.14159, 10, 2) + "|")
print("{}".format(None), "{}".format([1, "a"]), "{}".format({"k": (1,)}))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
print(format(3.5, ".3f"), format(12, "x"), format("s", ">3"), format(0.5, "%"), format(7))
fmt = "{:<6}{:>6}"
for row in [("a", 1), ("bb", 22)]:
    print(fmt.format(*row) + "|")
print("{a}-{b}".format(**{"a": 1, "b": 2}), "{0}{1}".format(*"xy"))
print("{:s}".format("str"), "{:}".format(5), "{:c}".format(65), "{:n}".format(1234))
