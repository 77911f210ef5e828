# Unicode text in source, lengths and reprs.
s = "héllo wörld"
print(s, len(s))
print(s.upper())
j = "日本語テキスト"
print(j, len(j), j[0], j[-1], j[1:3])
e = "emoji 😀 here"
print(e, len(e), repr(e))
print(repr("é"), ascii("é"), ascii("😀"), ascii("a\n"))
print(ord("é"), ord("日"), ord("😀"), chr(233), chr(0x65e5), chr(128512))
print("\u65e5" == "日")
print("encode:", "é".encode("utf-8"), len("é".encode()), len("😀".encode()))
print("decode:", b"\xc3\xa9".decode("utf-8"))
print("isalpha:", "é".isalpha(), "日".isalpha(), "😀".isalpha())
print("sorted:", sorted("cbaé"))
print("reversed:", "".join(reversed("añb")))
print("combining:", len("e\u0301"), repr("e\u0301"))
print("non-printable repr:", repr("\u200b"), repr("\x85"), repr("\xa0"))
print("u prefix:", u"text", type(u"x").__name__)
