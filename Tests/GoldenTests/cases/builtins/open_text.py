# open(): write a text file, read it back in several ways, append, then delete it.
import os
name = "open_text_tmp.txt"
with open(name, "w") as f:
    n = f.write("first line\n")
    print("write returned", n)
    f.write("second line\n")
    f.write("third line without newline")
with open(name) as f:
    content = f.read()
print(repr(content))
with open(name, "r") as f:
    print("readline:", repr(f.readline()), repr(f.readline()))
    print("rest:", repr(f.read()))
    print("at EOF:", repr(f.read()), repr(f.readline()))
with open(name) as f:
    print("readlines:", f.readlines())
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(name, "a") as f:
    f.write("\nappended line\n")
with open(name) as f:
    lines = f.read().splitlines()
print("after append:", lines, len(lines))
f = open(name)
print("closed before:", f.closed)
first = f.read(5)
f.close()
print("read(5):", repr(first), "closed after:", f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(name, "w", encoding="utf-8") as f:
    f.write("unicode: héllo 日本 😀\n")
with open(name, encoding="utf-8") as f:
    text = f.read()
print(text, end="")
print("len chars:", len(text), "bytes on disk:", os.path.getsize(name))
with open(name, "w") as f:
    print("via print", 1, 2, file=f)
    f.writelines(["a\n", "b\n"])
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
print("exists after remove:", os.path.exists(name))
