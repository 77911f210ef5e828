# A closing bracket that does not match the opening one.
data = [1, 2, 3)
print(data)
