# os: directories, rename, stat, walk, environ, getpid, errors; shutil, glob, tempfile.
import glob
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix="baozi_os_")
print(os.path.isdir(base), os.path.basename(base).startswith("baozi_os_"), os.path.isabs(base))
start = os.getcwd()
os.chdir(base)
print(os.getcwd() == base or os.path.realpath(os.getcwd()) == os.path.realpath(base))

os.makedirs("a/b/c")
os.makedirs("a/b/c", exist_ok=True)
try:
    os.makedirs("a/b/c")
except FileExistsError as e:
    print("FileExistsError:", e)
os.mkdir("d")
for name in ("a/one.txt", "a/b/two.txt", "a/b/c/three.py", "d/four.py", "top.txt"):
    with open(name, "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(".")), sorted(os.listdir("a")))

for dirpath, dirnames, filenames in sorted(os.walk("a")):
    print(dirpath, sorted(dirnames), sorted(filenames))
print([d for d, _, _ in os.walk("a", topdown=False)][-1])

st = os.stat("top.txt")
print(st.st_size, st[6], len(st), st.st_mtime > 0, type(st.st_mode).__name__)
print(os.path.getsize("a/one.txt"), os.path.exists("nope"), os.path.isfile("top.txt"))

os.rename("top.txt", "renamed.txt")
print(os.path.exists("top.txt"), os.path.exists("renamed.txt"))
os.replace("renamed.txt", "d/moved.txt")
os.remove("d/moved.txt")
print(sorted(os.listdir("d")))

for call, args in ((os.remove, ("missing.txt",)), (os.rmdir, ("a",)), (os.mkdir, ("d",)),
                   (os.listdir, ("missing_dir",)), (os.stat, ("missing",)), (os.chdir, ("missing",)),
                   (os.rename, ("missing", "x")), (os.remove, ("a",))):
    try:
        call(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)

print(sorted(glob.glob("*")), sorted(glob.glob("a/*.txt")), sorted(glob.glob("**/*.py", recursive=True)))
print(sorted(glob.glob("a/*/")), glob.glob("nothing*"), glob.has_magic("a*"), glob.escape("a*[b]?"))

shutil.copy("a/one.txt", "d")
shutil.copyfile("a/one.txt", "copy.txt")
print(open("d/one.txt").read(), open("copy.txt").read())
shutil.copytree("a", "a2")
print(sorted(os.listdir("a2/b")))
shutil.move("copy.txt", "d")
print(sorted(os.listdir("d")))
shutil.rmtree("a2")
print(os.path.exists("a2"))
try:
    shutil.rmtree("a2")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.filename)
print(shutil.which("sh") is not None, shutil.which("no-such-program-anywhere"))

os.environ["BAOZI_TEST_VAR"] = "value"
print(os.environ["BAOZI_TEST_VAR"], os.getenv("BAOZI_TEST_VAR"), "BAOZI_TEST_VAR" in os.environ)
del os.environ["BAOZI_TEST_VAR"]
print(os.getenv("BAOZI_TEST_VAR"), os.environ.get("BAOZI_TEST_VAR", "gone"))
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError:", e)
print(type(os.getpid()).__name__, os.getpid() > 0, os.sep, os.curdir, os.pardir, os.linesep == "\n")

with tempfile.TemporaryDirectory() as tmp:
    print(os.path.isdir(tmp))
    with tempfile.NamedTemporaryFile("w", dir=tmp, suffix=".log", delete=False) as f:
        f.write("temporary")
    print(f.name.endswith(".log"), open(f.name).read())
print(os.path.exists(tmp))
print(os.path.isdir(tempfile.gettempdir()))

os.chdir(start)
shutil.rmtree(base)
print(os.path.exists(base))
