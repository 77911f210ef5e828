# Case conversion and character class predicates.
s = "hello World 42 ÄÖü"
print(s.upper(), "|", s.lower(), "|", s.swapcase())
print("title:", "hello big-world it's o'neil 3rd".title())
print("capitalize:", "hELLO wORLD".capitalize(), "123abc".capitalize(), "".capitalize())
print("casefold:", "Straße".casefold(), "Straße".lower(), "ß".upper())
tests = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "   ", "", "\t\n", "Hello World",
         "hello world", "é", "½", "²", "a_b"]
print(f"{'value':14} digit alpha alnum space upper lower title decimal numeric")
for t in tests:
    print(f"{t!r:14} {t.isdigit()!s:5} {t.isalpha()!s:5} {t.isalnum()!s:5} {t.isspace()!s:5} "
          f"{t.isupper()!s:5} {t.islower()!s:5} {t.istitle()!s:5} {t.isdecimal()!s:7} {t.isnumeric()!s:5}")
print("isidentifier:", "abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "a-b".isidentifier())
print("isprintable:", "abc".isprintable(), "a\nb".isprintable(), "".isprintable())
print("isascii:", "abc".isascii(), "é".isascii(), "".isascii())
print("upper of mixed:", "i am 10 years".upper(), "MiXeD".lower())
