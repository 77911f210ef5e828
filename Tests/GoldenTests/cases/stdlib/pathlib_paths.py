# pathlib: pure path arithmetic and the file-system methods of Path.
import os
import shutil
import tempfile
from pathlib import Path, PurePath, PurePosixPath

p = PurePosixPath("/usr/lib/python3.11/json/__init__.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.root, p.anchor)
print(list(p.parents)[:3], p.is_absolute(), PurePath("a/b").is_absolute())
print(p.with_name("x.py"), p.with_suffix(".zip"), p.with_suffix(""), PurePath("a/b.txt").with_stem("c"))
print(PurePath("a") / "b" / "c.txt", "x" / PurePath("y"), PurePath("a", "b/c", "/abs", "d"))
print(PurePath("a//b/./c/"), PurePath(""), PurePath("."), PurePath("/"), PurePath("a/.."))
print(PurePath("/a/b/c").relative_to("/a"), PurePath("a/b").joinpath("c", "d"))
try:
    PurePath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError:", e)
for bad in ("", "a/b"):
    try:
        PurePath("x.txt").with_name(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    PurePath("x").with_suffix("txt")
except ValueError as e:
    print("ValueError:", e)
print(PurePath("a/b.py").match("*.py"), PurePath("a/b.py").match("b/*.py"), PurePath("/a/b.py").match("/*.py"))
print(PurePath("a") == PurePath("a/"), PurePath("a") < PurePath("b"), sorted([Path("b"), Path("a")]))
print(hash(PurePath("a/b")) == hash(PurePath("a//b")), os.fspath(PurePath("x/y")), str(Path("~")))
print(PurePath(".hidden").suffix, PurePath("dir.d/").suffix, PurePath("a.").suffixes)

base = Path(tempfile.mkdtemp())
(base / "sub" / "deep").mkdir(parents=True)
(base / "sub").mkdir(exist_ok=True)
try:
    (base / "sub").mkdir()
except FileExistsError:
    print("FileExistsError")
try:
    (base / "no" / "parents").mkdir()
except FileNotFoundError:
    print("FileNotFoundError")
f = base / "sub" / "notes.txt"
print(f.write_text("hello\nworld\n"), f.read_text().splitlines(), f.exists(), f.is_file(), f.is_dir())
(base / "data.bin").write_bytes(b"\x00\x01")
print((base / "data.bin").read_bytes(), (base / "data.bin").stat().st_size)
(base / "empty.txt").touch()
print(sorted(x.name for x in base.iterdir()))
print(sorted(str(x.relative_to(base)) for x in base.glob("*.txt")))
print(sorted(str(x.relative_to(base)) for x in base.rglob("*.txt")))
moved = f.rename(base / "moved.txt")
print(moved.name, f.exists(), moved.exists())
moved.unlink()
moved.unlink(missing_ok=True)
try:
    moved.unlink()
except FileNotFoundError:
    print("FileNotFoundError on unlink")
(base / "sub" / "deep").rmdir()
with (base / "empty.txt").open("w") as handle:
    handle.write("now full")
print((base / "empty.txt").read_text(), Path.cwd() == Path(os.getcwd()), base.resolve().is_absolute())
print(Path("rel").absolute() == Path.cwd() / "rel", type(Path("x")).__name__)
shutil.rmtree(base)
print(base.exists())
