#!/usr/bin/env python3
"""Run the pure-Python pyperformance kernels on python3 and on baozi and compare them.

Usage:
    python3 bench/pyperf_kernels.py PYPERFORMANCE_CHECKOUT [BAOZI] [--timeout S] [--only NAME ...]
                                    [--keep]

PYPERFORMANCE_CHECKOUT is a clone of github.com/python/pyperformance (e.g.
/work/ext/python+pyperformance); BAOZI defaults to .build/debug/baozi of this repository.

Which kernels: every data-files/benchmarks/bm_*/ folder whose benchmark needs nothing but
pyperf (no requirements.txt) and that does not use asyncio, subprocesses, threads pools or
sqlite (see SKIPPED).  No pyperformance code is kept in this repository: at run time each
kernel's folder (run_benchmark.py and its data files) is copied to a temporary folder outside
the repository, and the pyperf harness is stripped:

- `import pyperf` then finds a small stand-in module written next to the copy (PYPERF_SHIM):
  its Runner does not fork, calibrate or time anything.  `bench_time_func(name, f, *args)`
  calls `f(1, *args)` once, `bench_func(name, f, *args)` calls `f(*args)` once, and
  `parse_args()` returns the benchmark's own defaults (plus the small fixed counts of
  ARGUMENTS below), so each kernel runs once with small, fixed iteration counts.
- For each benchmark run the stand-in prints its name (and the returned value of a
  `bench_func` when it is a plain int, str, bool or None), so stdout can be compared.

Each kernel runs on python3, then on baozi, and on a second baozi given with --baseline (`make
bench` builds the last build whose evaluator was an instruction loop in .build-baseline/).  The
table has one row per kernel: whether it runs, whether stdout is the same as python3's, the
times, the ratio baozi/python3, and the first error line (the last line of stderr) of the
first baozi run that failed.  The last line is the geometric mean of the ratios of the kernels
that run.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# Kernels that are not pure Python or use asyncio / subprocesses / process pools / sqlite3.
SKIPPED = {
    "2to3": "runs a python3 subprocess",
    "async_generators": "asyncio",
    "async_tree": "asyncio",
    "asyncio_tcp": "asyncio",
    "concurrent_imap": "thread and process pools",
    "hg_startup": "subprocess",
    "python_startup": "subprocess",
    "sqlite_synth": "sqlite3 C extension",
    "stdlib_startup": "subprocess",
}

# Command-line arguments that keep a kernel's run short (its run_benchmark.py defines them).
ARGUMENTS = {
    "argparse": ["many_optionals"],
    "nbody": ["--iterations", "2000"],
    "pickle": ["--pure-python", "pickle"],
}

PYPERF_SHIM = '''\
"""Stand-in for pyperf written by bench/pyperf_kernels.py: each benchmark runs once."""
import argparse
import time

perf_counter = time.perf_counter
ARGUMENTS = %(arguments)r


def python_implementation():
    return "cpython"


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.argparser = argparse.ArgumentParser()
        self.args = None

    def parse_args(self, args=None):
        self.args = self.argparser.parse_args(ARGUMENTS if args is None else args)
        return self.args

    def _report(self, name, result=None):
        if isinstance(result, (int, str, bool)) or result is None:
            print("bench", name, repr(result))
        else:
            print("bench", name, type(result).__name__)

    def bench_time_func(self, name, func, *args, **kwargs):
        func(1, *args)
        self._report(name)

    def bench_func(self, name, func, *args, **kwargs):
        self._report(name, func(*args))

    def bench_async_func(self, name, func, *args, **kwargs):
        raise NotImplementedError("asyncio kernels are not run")

    def bench_command(self, name, command):
        raise NotImplementedError("subprocess kernels are not run")
'''


def kernels(checkout):
    """(name, folder) of every kernel that is pure Python and not asyncio."""
    root = os.path.join(checkout, "pyperformance", "data-files", "benchmarks")
    found = []
    for entry in sorted(os.listdir(root)):
        folder = os.path.join(root, entry)
        if not entry.startswith("bm_") or not os.path.isdir(folder):
            continue
        name = entry[3:]
        if name in SKIPPED or os.path.exists(os.path.join(folder, "requirements.txt")):
            continue
        if os.path.exists(os.path.join(folder, "run_benchmark.py")):
            found.append((name, folder))
    return found


def prepare(name, folder, scratch):
    """Copy a kernel's folder into scratch with the pyperf stand-in next to it."""
    target = os.path.join(scratch, name)
    shutil.copytree(folder, target)
    with open(os.path.join(target, "pyperf.py"), "w") as shim:
        shim.write(PYPERF_SHIM % {"arguments": ARGUMENTS.get(name, [])})
    return target


def run(command, folder, env, timeout):
    """(returncode or None on timeout, stdout, stderr, seconds)."""
    start = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True,
                              errors="replace", timeout=timeout)
    except subprocess.TimeoutExpired as expired:
        out = expired.stdout or ""
        if isinstance(out, bytes):
            out = out.decode(errors="replace")
        return None, out, "timeout after %ss" % timeout, time.perf_counter() - start
    return done.returncode, done.stdout, done.stderr, time.perf_counter() - start


def last_line(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout")
    parser.add_argument("baozi", nargs="?", default=os.path.join(REPO, ".build/debug/baozi"))
    parser.add_argument("--baseline", help="another baozi binary to compare with")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    options = parser.parse_args()
    baozi = os.path.abspath(options.baozi)

    scratch = tempfile.mkdtemp(prefix="pyperf_kernels_")
    rows = []
    try:
        for name, folder in kernels(options.checkout):
            if options.only and name not in options.only:
                continue
            target = prepare(name, folder, scratch)
            script = ["run_benchmark.py"]
            env = dict(os.environ)
            py = run([sys.executable] + script, target, env, options.timeout)
            results = [run([baozi] + script, target, env, options.timeout)]
            if options.baseline:
                results.append(run([os.path.abspath(options.baseline)] + script, target, env, options.timeout))
            runs = all(r[0] == 0 for r in results)
            same = runs and py[0] == 0 and all(r[1] == py[1] for r in results)
            error = ""
            for code, out, err, _ in results:
                if code != 0:
                    error = last_line(err) or "exit status %s" % code
                    break
                if out != py[1]:
                    error = "stdout differs: " + last_line(out)[:60]
                    break
            if py[0] != 0:
                error = "python3 fails: " + last_line(py[2])
            base = results[1][3] if len(results) > 1 else None
            rows.append((name, runs, same, py[3], results[0][3], base, error))
            print_row(rows[-1], header=len(rows) == 1)
    finally:
        if options.keep:
            print("kept", scratch)
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    passed = sum(1 for row in rows if row[2])
    print("%d of %d kernels run and print what python3 prints" % (passed, len(rows)))
    ratios = [row[4] / row[3] for row in rows if row[2] and row[3] > 0]
    if ratios:
        mean = 1.0
        for r in ratios:
            mean *= r
        print("geometric mean baozi/python3 over those: %.2fx" % mean ** (1 / len(ratios)))
    return 0 if passed == len(rows) else 1


def print_row(row, header=False):
    if header:
        print("%-26s %-5s %-5s %8s %8s %8s %7s  %s" % (
            "kernel", "runs", "same", "py3 s", "baozi s", "base s", "ratio", "first error"))
    name, runs, same, py, baozi, base, error = row
    ratio = "%.2fx" % (baozi / py) if py > 0 else "-"
    print("%-26s %-5s %-5s %8.2f %8.2f %8s %7s  %s" % (
        name, "yes" if runs else "no", "yes" if same else "no", py, baozi,
        "%.2f" % base if base is not None else "-", ratio, error[:100]), flush=True)


if __name__ == "__main__":
    sys.exit(main())
