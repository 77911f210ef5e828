# String indexing, slicing, iteration, multiplication, comparison, ord/chr.
s = "Python"
print(s[0], s[5], s[-1], s[-6], len(s))
print(s[1:4], s[:2], s[2:], s[:], s[-3:], s[:-3], s[-100:100])
print(s[::2], s[1::2], s[::-1], s[4:1:-1], s[::-2], s[10:], repr(s[3:3]))
print(s[5:0:-1], s[-1:-4:-1], s[0:6:3], s[:-7:-1])
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
print("J" + s[1:])
print([c for c in "abc"], list("hi!"), tuple("xy"))
for i, ch in enumerate("dog"):
    print(i, ch, ord(ch))
print("ab" * 3, 3 * "-", "x" * 0, "x" * -2, repr(""))
print("a" < "b", "apple" < "apricot", "Zebra" < "apple", "abc" < "abcd", "" < "a")
print("abc" == "abc", "abc" != "ABC", "a" * 3 == "aaa", "10" < "9")
print(max("hello"), min("hello"), sorted("hello"), sorted("hello", reverse=True))
print(ord("A"), ord("a"), ord("0"), ord(" "), chr(65), chr(97), chr(48), chr(8364))
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print(len(""), len("a b"), len("ñandú"), len("\n\t"))
print(str(123) + str(4.5) + str(None) + str([1]) + str((1,)))
print("abc".__len__(), "abc".__contains__("b"), "x".__add__("y"))
word = "racecar"
print("palindrome:", word == word[::-1], "level"[::-1])
print("immutability:", s.upper(), s)
