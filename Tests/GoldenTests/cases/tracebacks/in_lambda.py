# Uncaught error raised inside a lambda.
convert = lambda s: int(s) * 2
print(convert("21"), convert(" 7 "), convert("-3"))
print(list(map(convert, ["1", "2"])))
print(sorted(["10", "9", "100"], key=lambda s: int(s)))
try:
    convert("x")
except ValueError as e:
    print("caught:", e)
values = ["1", "2", "three"]
results = []
for v in values:
    results.append(convert(v))
    print("converted", v, "->", results[-1])
print(results)
