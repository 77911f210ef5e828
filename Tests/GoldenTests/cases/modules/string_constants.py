# string module constants and helpers.
import string
print(string.ascii_letters)
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits)
print(string.hexdigits)
print(string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable))
print(len(string.printable), len(string.punctuation))
print(string.capwords("hello   big  world"), string.capwords("a-b c", "-"))
def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)
secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
print([c for c in "a1!B2?" if c in string.punctuation], sum([c in string.digits for c in "a1b22"]))
print("".join([c for c in "Hello World 123" if c in string.ascii_letters]))
