# f-string basics.
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}")
print(f"{name!r} and {name!s}")
print(f"{'quoted'!r}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}|")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:>5d}|")
print(f"{n:05d} {n:+d} {-n:+d} {n: d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{0.25:%} {0.25:.1%}")
print(f"{name:*^11}")
print(f"{{literal braces}} {{{n}}}")
print(f"{'a' + 'b'}")
print(F"capital F {n}")
print(f"{[1, 2, 3]} {dict(a=1)}")
print(f"{n if n > 10 else 0}")
print(f"{1e10:e} {12345.678:g} {0.00001234:g}")
print(f"{'left':<8}|{'right':>8}|")
print(rf"raw f: \n {n}")
print(fr"also raw: \t {name}")
