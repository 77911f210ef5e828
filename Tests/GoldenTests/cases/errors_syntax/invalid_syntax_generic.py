# A doubled operator that the grammar cannot parse.
a = 1
b = a + * 2
print(b)
