# io.StringIO and io.BytesIO: write/read/seek/tell/getvalue/readline/iteration, and errors.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()))
lines = io.StringIO("a\nb\n\nc")
print(list(lines), lines.readable(), lines.writable(), lines.seekable())
lines.seek(0)
print(lines.readlines(), lines.readline() == "")
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for op in (c.read, c.getvalue, lambda: c.write("x"), c.tell):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
buf = io.StringIO("xyz")
for args in ((1, 1), (-1,), (0, 5)):
    try:
        buf.seek(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    buf.write(3)
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO(b"bytes")
except TypeError as e:
    print("TypeError:", e)
print(io.StringIO("x\r\ny", newline=None).read().split("\n"))
print(print("to a StringIO", file=buf), repr(buf.getvalue()))
out = io.StringIO()
out.writelines(["1", "2", "3"])
print(out.getvalue(), isinstance(out, io.TextIOBase), isinstance(out, io.IOBase))

b = io.BytesIO(b"line1\nline2\n")
print(b.read(3), b.readline(), b.tell(), list(b))
b.seek(-2, 2)
print(b.read(), b.seek(0, 1))
b.write(b"end")
print(b.getvalue())
try:
    b.write("text")
except TypeError as e:
    print("TypeError:", e)
b2 = io.BytesIO()
b2.write(bytearray(b"ab"))
b2.seek(5)
b2.write(b"z")
print(b2.getvalue(), isinstance(b2, io.BufferedIOBase))
b2.close()
try:
    b2.read()
except ValueError as e:
    print("ValueError:", e)

w = io.TextIOWrapper(io.BytesIO("héllo\nwörld\n".encode("utf-8")), encoding="utf-8")
print(w.readline(), end="")
print(w.read(), end="")
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8")
t.write("ünïcode")
t.flush()
print(raw.getvalue())
print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
big = io.StringIO()
for i in range(10000):
    big.write("%d," % i)
print(len(big.getvalue()), big.getvalue()[-6:])
