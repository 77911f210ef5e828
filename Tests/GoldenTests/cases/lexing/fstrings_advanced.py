# f-strings with nested expressions, nested specs and = debugging.
width = 10
prec = 3
value = 2.718281828
print(f"[{value:{width}.{prec}f}]")
print(f"[{'x':>{width}}]")
print(f"[{'mid':{'^'}{width}}]")
items = {"apple": 3, "kiwi": 12}
for k in items:
    print(f"{k:<6}{items[k]:>4}")
x = 7
y = 3
print(f"{x=}")
print(f"{x + y=}")
print(f"{x = }")
print(f"{value=:.2f}")
print(f"{'text'=}")
s = "hi"
print(f"{s=!s}")
print(f"{s!r:>6}")
print(f"{[i * i for i in range(5)]}")
print(f"{ {'k': 1}['k'] }")
print(f"{(lambda a: a * 2)(21)}")
print(f"{'nested ' + f'{x * 2}'}")
obj = [1, [2, 3]]
print(f"{obj[1][0]} {len(obj)}")
print(f"{x:{'0'}{5}}")
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f}")
print(f"{'%'}{100:d}")
print(f"{x!r:^7}|")
print(f"{'multi'}" f"{'ple'}")
