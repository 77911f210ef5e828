# Assignment expressions (:=).
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("list has", n, "elements")
print("n is still bound:", n)
big = [y for x in data if (y := x * 2) > 10]
print("filtered doubled:", big)
print("y leaks from comprehension:", y)
values = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while (v := values[i]) != 9:
    i += 1
print("found 9 at", i, "v =", v)
print((a := 10) + a)
def f():
    if (z := 3) > 2:
        return z * 2
print("in function:", f())
total = 0
results = [total := total + x for x in range(5)]
print("running totals:", results, "final:", total)
text = "hello world"
if (idx := text.find("wor")) != -1:
    print("found at", idx)
print([m := 1, m + 1])
def g():
    [k := 5 for _ in range(1)]
    return k
print("walrus in comprehension binds in function:", g())
