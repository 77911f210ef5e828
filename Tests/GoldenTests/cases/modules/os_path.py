# os.path: join, exists, basename, dirname, splitext.
import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("dir/", "file"), os.path.join("a", "/abs", "x"))
print(os.path.join("only"), os.path.join("a", ""), os.path.join("", "b"))
print(os.path.basename("/usr/lib/python/file.py"), os.path.basename("dir/"), os.path.basename("plain"))
print(os.path.dirname("/usr/lib/python/file.py"), repr(os.path.dirname("plain")), os.path.dirname("a/b/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("noext"), os.path.splitext(".bashrc"), os.path.splitext("a/b.c/d"))
print(os.path.split("/a/b/c"), os.path.split("file"))
print(os.path.exists("os_path.py"), os.path.exists("no_such_file.txt"), os.path.exists("."))
print(os.path.isfile("os_path.py"), os.path.isdir("."), os.path.isdir("os_path.py"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.normpath("a/./b/../c"))
print(os.sep, os.path.sep == "/")
name = "report.final.txt"
stem, ext = os.path.splitext(name)
print(stem, ext, stem + ".bak" + ext)
paths = ["src/main.py", "src/util.py", "docs/readme.md", "tests/test_main.py"]
print(sorted({os.path.dirname(p) for p in paths}), [os.path.basename(p) for p in paths if p.endswith(".py")])
