# open() in binary mode, FileNotFoundError, with-statement closing on error.
import os
name = "open_binary_tmp.bin"
data = bytes(range(256))
with open(name, "wb") as f:
    print("wrote", f.write(data), "bytes")
with open(name, "rb") as f:
    back = f.read()
print(type(back).__name__, len(back), back == data, back[:5], back[-3:])
with open(name, "rb") as f:
    print(f.read(4), f.read(2), len(f.read()))
with open(name, "ab") as f:
    f.write(b"\r\n")
with open(name, "rb") as f:
    print("after append:", len(f.read()))
with open(name, "w", newline="") as f:
    f.write("a\r\nb\n")
with open(name, "rb") as f:
    print("raw bytes:", f.read())
with open(name, "r", newline="") as f:
    print("text newline='':", repr(f.read()))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print("errno:", e.errno, "filename:", e.filename, "isinstance OSError:", isinstance(e, OSError))
try:
    with open(name, "wb") as f:
        f.write(b"partial")
        raise RuntimeError("failure inside with")
except RuntimeError as e:
    print("RuntimeError:", e, "| file closed:", f.closed)
with open(name, "rb") as f:
    print("content kept:", f.read())
try:
    with open(name, "rb") as f:
        f.write(b"x")
except OSError as e:
    print("write to read-only file raises an OSError:", isinstance(e, OSError))
try:
    with open(name, "w") as f:
        f.write(b"bytes into text file")
except TypeError as e:
    print("TypeError:", e)
os.remove(name)
print("removed:", not os.path.exists(name))
try:
    os.remove(name)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
