#!/usr/bin/env python3
"""Regenerate the expected-output files of the golden tests with CPython.

Usage (from anywhere):

    python3 Tests/GoldenTests/regen.py                 # every .py under Tests/GoldenTests/cases/
    python3 Tests/GoldenTests/regen.py PATH [PATH...]  # only these files / folders, relative to
                                                       # the current directory, e.g. `examples` or
                                                       # Tests/GoldenTests/cases/types/int_arithmetic.py

The expected files are CPython 3.11 output (3.11 error messages, `<listcomp>`
frames, caret lines), so regen.py refuses to run under another version unless
REGEN_ANY_PYTHON=1 is set.  REGEN_PYTHON=/path/to/python3.11 picks the interpreter.

For every test script <name>.py it runs `python3 <name>.py` with the script's
directory as the working directory, so tracebacks show `File "<name>.py", line N`,
and writes next to it:

    <name>.out   exact stdout (always written, may be empty)
    <name>.err   exact stderr, only when stderr is non-empty (a stale one is deleted)
    <name>.exit  exit status + newline, only when it is non-zero (a stale one is deleted)

CPython 3.9+ makes the script path absolute (`__file__`, tracebacks), so every
occurrence of `"<absolute script folder>/` in stderr is rewritten to `"`: the
expected files show `File "<name>.py", line N` (and `File "mod_x.py"` for a
sibling module), which is what the script was invoked as, and they do not depend
on where the repository is checked out.

Files whose name starts with `mod_` are helper modules imported by the tests and
are skipped, as are __pycache__ folders.  Scripts listed in KEEP have
hand-written expected files (CPython cannot run them faithfully); they are never
overwritten.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))          # Tests/GoldenTests
REPO = os.path.dirname(os.path.dirname(HERE))               # repository root
DEFAULT_ROOT = os.path.join(HERE, "cases")
TIMEOUT = 60  # seconds per script

# Paths relative to the repository root whose expected files are written by hand.
# (Currently empty: CPython 3.11 ran every script, including the 1,000,000-deep
# recursion in cases/deep/.  Add an entry here if a future python3 cannot.)
KEEP = {
    # "Tests/GoldenTests/cases/deep/recursion_million.py",
}

PYTHON = os.environ.get("REGEN_PYTHON", "python3")


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"   # importing mod_*.py must leave no __pycache__
    env["LC_ALL"] = "C.UTF-8"
    return env


def is_test_script(path):
    name = os.path.basename(path)
    return name.endswith(".py") and not name.startswith("mod_")


def collect(paths):
    scripts = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
                for f in sorted(filenames):
                    full = os.path.join(dirpath, f)
                    if is_test_script(full):
                        scripts.append(full)
        elif os.path.isfile(p):
            if is_test_script(p):
                scripts.append(p)
            else:
                print(f"skip (not a test script): {p}", file=sys.stderr)
        else:
            sys.exit(f"regen.py: no such file or folder: {p}")
    return scripts


def write_or_remove(path, data):
    """Write bytes `data` to path, or delete path when data is None."""
    if data is None:
        if os.path.exists(path):
            os.remove(path)
        return
    with open(path, "wb") as f:
        f.write(data)


def strip_folder(data, folder):
    """Turn '"/abs/folder/name.py' into '"name.py' in CPython's stderr."""
    for d in {os.path.abspath(folder), os.path.realpath(folder)}:
        data = data.replace(('"' + d + os.sep).encode(), b'"')
    return data


def regen(script, env):
    rel = os.path.relpath(script, REPO)
    if rel in KEEP:
        print(f"keep  {rel}")
        return True
    cwd = os.path.dirname(script)
    name = os.path.basename(script)
    base = script[:-3]
    try:
        proc = subprocess.run([PYTHON, name], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        print(f"TIMEOUT {rel} (files left unchanged)")
        return False
    code = proc.returncode
    if code < 0:
        print(f"CRASH {rel}: killed by signal {-code} (files left unchanged; consider KEEP)")
        return False
    err = strip_folder(proc.stderr, cwd)
    write_or_remove(base + ".out", proc.stdout)
    write_or_remove(base + ".err", err if err else None)
    write_or_remove(base + ".exit", f"{code}\n".encode() if code != 0 else None)
    note = f" exit={code}" if code else ""
    for d in {os.path.abspath(cwd), os.path.realpath(cwd)}:
        if d.encode() in err or d.encode() in proc.stdout:
            note += "  WARNING: output contains the absolute folder path"
    note += " stderr" if proc.stderr else ""
    print(f"ok    {rel}{note}")
    return True


def check_version(env):
    out = subprocess.run([PYTHON, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                         env=env, stdout=subprocess.PIPE, text=True).stdout.strip()
    if out != "3.11" and os.environ.get("REGEN_ANY_PYTHON") != "1":
        sys.exit(f"regen.py: {PYTHON} is Python {out or '?'}, the corpus is CPython 3.11 output; "
                 "set REGEN_PYTHON to a 3.11 interpreter (or REGEN_ANY_PYTHON=1 to force)")


def main():
    paths = sys.argv[1:] or [DEFAULT_ROOT]
    scripts = collect(paths)
    env = child_env()
    check_version(env)
    bad = 0
    for s in scripts:
        if not regen(s, env):
            bad += 1
    print(f"{len(scripts)} scripts, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
