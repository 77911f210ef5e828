# A block header followed by a line that is not indented.
for i in range(3):
print(i)
