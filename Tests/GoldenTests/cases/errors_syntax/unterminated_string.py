# A string literal that is not closed before the end of the line.
print("fine")
message = "this string never ends
print(message)
