# A missing colon after an if condition. Nothing runs: the whole file fails to compile.
print("this line is never printed")
x = 5
if x > 1
    print("big")
