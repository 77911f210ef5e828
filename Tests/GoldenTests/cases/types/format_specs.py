# format() mini-language in depth, via format() and f-strings.
n, f, s = 1234567, -3.14159265, "text"
specs_int = ["", "d", "10d", "<10d", "^10d", ">10d", "=10d", "010d", "+d", "-d", " d",
             ",", "_", "10,", "x", "#x", "X", "#X", "o", "#o", "b", "#b", "08b", "e", ".2e", "g", "%", "c"]
for spec in specs_int:
    value = 65 if spec == "c" else n
    print(f"int  {spec!r:8} -> [{format(value, spec)}]")
specs_float = ["", "f", ".0f", ".1f", "10.2f", "<10.2f", "^10.2f", "+.3f", "010.2f", "e", ".3E",
               "g", ".3g", "G", "%", ".1%", ",.2f", "_.3f", "=+12.4f", "*>12.2f", ".10g", "#.0f"]
for spec in specs_float:
    print(f"float {spec!r:9} -> [{format(f, spec)}]")
for spec in ["", "10", "<10", ">10", "^10", "-^10", ".2", "10.2", "*<7"]:
    print(f"str  {spec!r:8} -> [{format(s, spec)}]")
print([format(v, "g") for v in [1e-5, 1e-4, 1.0, 10.0, 1e15, 1e16, 123456789.0, 0.1]])
print([format(v, ".2g") for v in [0.000123, 1.5, 150.0, 1555.0]])
print([format(v, "") for v in [1.0, 1e16, 1e-5, 2.5]])
print([format(v, ".3") for v in [1.0, 1234.5, 0.00012345]])
print(format(-0.0, ".1f"), format(0.05, ".1f"), format(0.15, ".1f"), format(0.25, ".1f"), format(2.675, ".2f"))
print(format(1e100, ".2f")[:20], len(format(1e100, "f")))
print(format(12.5, "08.2f"), format(-12.5, "08.2f"), format(12, "+08d"))
print(format(True, "d"), format(True, ">6"), format(3, ".2f"))
try:
    format(1.0, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, ".2s")
except ValueError as e:
    print("ValueError:", e)
