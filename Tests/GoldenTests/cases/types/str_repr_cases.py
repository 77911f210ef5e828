# repr() of strings: quote choice, escapes, unicode.
samples = [
    "plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "newline\n", "cr\r",
    "backslash\\", "nul\0", "bell\a", "esc\x1b", "del\x7f", "latin é", "cjk 日本",
    "emoji 😀", "nbsp\xa0", "zwsp\u200b", "line sep\u2028", "\x80\x9f", "", " ",
    "'", '"', "'\"", "\\n literally",
]
for s in samples:
    print(repr(s))
print(str(samples[:3]))
print([["nested 'q'"], ("t\t",)])
print({"k'": "v\""})
print(repr(repr("x")), repr(str(1)))
print(ascii("naïve ☃"), ascii(["é"]))
print(repr("a" + "'" * 2), repr('"' * 2), repr("\\'"))
print(repr("mixed \t\n\\ 'q' \"d\""))
print(len(repr("\x00")), len(repr("é")), len(repr("\u200b")))
