# A triple-quoted string that is never closed.
print("fine")
doc = """starts here
and goes on
print(doc)
