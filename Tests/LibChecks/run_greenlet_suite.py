#!/usr/bin/env python3
"""Run greenlet's own test files on Baozi and on python3, side by side.

Usage (from the repository root, after `make build`):

    python3 Tests/LibChecks/run_greenlet_suite.py PATH/TO/greenlet/src/greenlet/tests \
        [--baozi .build/debug/baozi] [--python python3] [-v]

e.g. PATH = /work/ext/python-greenlet+greenlet/src/greenlet/tests (a checkout of
python-greenlet/greenlet).  The test files stay in that checkout: they are copied
at run time into a temporary package, next to Baozi's stand-ins for the package's
__init__ (TestCase without the reference-count leak checks) and leakcheck module
(greenlet_suite/stand_in_*.py), and each file runs with `-m unittest` on both
interpreters.  greenlet_suite/excluded.txt lists the files and tests left out,
each with its reason (C internals, OS threads, reference counts, gc details).

Prints one line per file: tests run, and passed on python3 and on Baozi.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SUITE = os.path.join(HERE, "greenlet_suite")
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
PACKAGE = "gltests"

SKIP_HOOK = '''

# Added by run_greenlet_suite.py: tests listed in excluded.txt are skipped.
def _excluded_tests():
    import os
    path = os.path.join(os.path.dirname(__file__), "excluded_tests.txt")
    with open(path) as f:
        return dict(line.split(" -- ", 1) for line in f.read().splitlines() if line)


_EXCLUDED = _excluded_tests()
_plain_setUp = TestCase.setUp


def _setUp(self):
    name = self.id().split(".", 1)[1]
    for excluded in (name, name.rsplit(".", 1)[0]):
        if excluded in _EXCLUDED:
            self.skipTest("excluded: " + _EXCLUDED[excluded])
    _plain_setUp(self)


TestCase.setUp = _setUp
'''


def read_exclusions():
    files, tests = {}, {}
    with open(os.path.join(SUITE, "excluded.txt")) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            what, reason = line.split(" -- ", 1)
            if ":" in what:   # file.py:Class.test or file.py:Class
                file, test = what.split(":", 1)
                tests[file[:-3] + "." + test] = reason
            else:
                files[what] = reason
    return files, tests


def make_package(source, files, tests):
    root = tempfile.mkdtemp(prefix="greenlet_suite_")
    package = os.path.join(root, PACKAGE)
    os.mkdir(package)
    with open(os.path.join(SUITE, "stand_in_init.py")) as f:
        init = f.read()
    with open(os.path.join(package, "__init__.py"), "w") as f:
        f.write(init + SKIP_HOOK)
    shutil.copy(os.path.join(SUITE, "stand_in_leakcheck.py"), os.path.join(package, "leakcheck.py"))
    with open(os.path.join(package, "excluded_tests.txt"), "w") as f:
        for name, reason in tests.items():
            f.write("%s -- %s\n" % (name, reason))
    names = []
    for name in sorted(os.listdir(source)):
        if name.startswith("test_") and name.endswith(".py") and name not in files:
            shutil.copy(os.path.join(source, name), package)
            names.append(name[:-3])
    return root, names


def run(interpreter, root, module, verbose):
    try:
        p = subprocess.run([interpreter, "-m", "unittest", "-v", PACKAGE + "." + module],
                           cwd=root, capture_output=True, text=True, timeout=120)
        output = p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return None, "timed out"
    if verbose:
        print(output)
    ran = re.search(r"^Ran (\d+) tests?", output, re.M)
    if not ran:
        return None, output.strip().splitlines()[-1] if output.strip() else "no output"
    total = int(ran.group(1))
    counts = {k: int(v) for k, v in re.findall(r"(failures|errors|skipped|expected failures|unexpected successes)=(\d+)", output)}
    failed = counts.get("failures", 0) + counts.get("errors", 0) + counts.get("unexpected successes", 0)
    skipped = counts.get("skipped", 0)
    return (total, total - failed - skipped, skipped), ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tests", help="greenlet's src/greenlet/tests folder")
    parser.add_argument("--baozi", default=os.path.join(REPO, ".build", "debug", "baozi"))
    parser.add_argument("--python", default="python3")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    files, tests = read_exclusions()
    root, modules = make_package(args.tests, files, tests)
    print("%-28s %6s %8s %8s %8s" % ("file", "tests", "python3", "baozi", "skipped"))
    totals = [0, 0, 0]
    try:
        for module in modules:
            cp, cp_note = run(args.python, root, module, args.verbose)
            bz, bz_note = run(args.baozi, root, module, args.verbose)
            if cp is None:
                print("%-28s python3 did not finish: %s" % (module, cp_note))
                continue
            totals[0] += cp[0]
            totals[1] += cp[1]
            if bz is None:
                print("%-28s %6d %8d %8s %8d   baozi: %s" % (module, cp[0], cp[1], "-", cp[2], bz_note[:100]))
                continue
            totals[2] += bz[1]
            print("%-28s %6d %8d %8d %8d" % (module, cp[0], cp[1], bz[1], cp[2]))
    finally:
        shutil.rmtree(root)
    print("%-28s %6d %8d %8d" % ("total", totals[0], totals[1], totals[2]))
    for name, reason in sorted(files.items()):
        print("excluded %s: %s" % (name, reason))


if __name__ == "__main__":
    main()
