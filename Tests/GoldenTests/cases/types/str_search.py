# find / rfind / index / rindex / count / startswith / endswith / in / replace.
s = "hello world, hello python"
print("find:", s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find("o", 5, 10), s.find(""))
print("rfind:", s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 10), s.rfind("zz"))
print("index:", s.index("world"), s.rindex("l"))
try:
    s.index("java")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("java")
except ValueError as e:
    print("ValueError:", e)
print("count:", s.count("l"), s.count("hello"), s.count("o", 0, 8), "aaaa".count("aa"), "abc".count(""))
print("startswith:", s.startswith("hello"), s.startswith("world", 6), s.startswith(("hi", "he")), s.startswith("x"))
print("endswith:", s.endswith("python"), s.endswith(("java", "on")), s.endswith("hello", 0, 5), "".endswith(""))
print("in:", "world" in s, "World" in s, "" in s, "o, h" in s)
print("replace:", s.replace("hello", "bye"), "|", s.replace("l", "L", 2), "|", "aaa".replace("a", "bb"))
print("replace empty:", "abc".replace("", "-"), "abc".replace("b", ""))
print("replace none found:", "abc".replace("x", "y"))
try:
    s.startswith(["he"])
except TypeError as e:
    print("TypeError:", e)
url = "https://example.org/path/to/page.html"
scheme = url[:url.find("://")]
rest = url[url.find("://") + 3:]
host = rest[:rest.find("/")]
page = url[url.rfind("/") + 1:]
print("parsed:", scheme, host, page, page[page.rfind(".") + 1:])
print("not in:", "z" not in s, "hello" not in s)
print("multiple occurrences:", [i for i in range(len(s)) if s.startswith("o", i)])
