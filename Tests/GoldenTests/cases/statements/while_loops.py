# while, while/else, break, continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
n = 0
while True:
    n += 1
    if n >= 3:
        break
print("broke at", n)
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)
k = 0
while k < 10:
    k += 1
    if k == 4:
        break
else:
    print("not printed")
print("after break, k =", k)
while False:
    print("never")
else:
    print("else of a loop that never ran")
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print("fibs:", fibs)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    print("outer", outer, "inner stopped at", inner)
    outer += 1
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
