# Assigning to a literal is not allowed.
x = 1
1 = x
