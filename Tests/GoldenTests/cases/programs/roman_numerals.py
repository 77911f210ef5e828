# Roman numeral conversion both ways with validation.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, numeral in VALUES:
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)
SINGLE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        if ch not in SINGLE:
            raise ValueError(f"invalid numeral character {ch!r}")
        v = SINGLE[ch]
        if i + 1 < len(s) and SINGLE.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (canonical: {to_roman(total)})")
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<12} -> {from_roman(r)}")
for bad in [0, 4000, -5, 2.5, True]:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
for s in ["MMXXIV", "IIII", "IC", "ABC", "XLII"]:
    try:
        print(s, "=", from_roman(s))
    except ValueError as e:
        print(s, "->", e)
print(all([from_roman(to_roman(i)) == i for i in range(1, 4000)]))
print(max(range(1, 4000), key=lambda i: len(to_roman(i))), to_roman(3888))
