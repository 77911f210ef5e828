#!/usr/bin/env python3
"""Run the bench/*.py programs under python3 and baozi side by side.

Usage:
    python3 bench/run.py [BAOZI] [--runs N] [--timeout S] [--only NAME ...] [--python PY]
                         [--baseline OTHER_BAOZI]

BAOZI defaults to .build/release/baozi (relative to the repository root).
Each program runs with bench/ as the working directory, best of N wall-clock times
(default 3) per interpreter; peak RSS comes from os.wait4()'s ru_maxrss.  The output
of both interpreters must match, otherwise the row says FAIL.  A program whose
module requirements (REQUIRES) are missing from python3 is skipped.  Finally the
start-up time of `baozi -c pass` and `python3 -c pass` is compared (best of 10).
With --baseline, another baozi binary (`make bench` builds the last build whose evaluator was
an instruction loop, in .build-baseline/) runs each program too: "base s" and "baozi/base"
compare with it.
The table is also written to bench/results/last.txt (ignored by git).
The network load figures (wrk, idle connections, a crawler) are bench/net_load.py's.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# Scripts in bench/ that are tools, not bench programs.
TOOLS = {"run.py", "net_load.py", "pyperf_kernels.py"}

# program file name -> modules python3 must have for the comparison to make sense
REQUIRES = {
    "greenlet_switch.py": ["greenlet"],
    "many_greenlets.py": ["greenlet"],
    "gevent_spawn.py": ["gevent"],
    "gevent_sleepers.py": ["gevent"],
    "gevent_timers.py": ["gevent"],
}


def bench_lines(stderr):
    """The figures a program reports on stderr as lines starting with "bench:"."""
    return [l[len("bench:"):].strip() for l in stderr.decode(errors="replace").splitlines()
            if l.startswith("bench:")]


def measure(cmd, cwd, timeout, extra_env=None):
    """Run cmd once. Returns (seconds, peak_rss_bytes, exit_code, stdout, stderr)."""
    env = dict(os.environ)
    env.update(extra_env or {})
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=err)
        except OSError as e:
            return None, None, None, b"", str(e).encode()
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        rss = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
        return elapsed, rss, proc.returncode, out.read(), err.read()


def best_of(cmd, cwd, runs, timeout, extra_env=None):
    """Best wall time and largest peak RSS over `runs` runs; None time on any failure."""
    best_t, peak, output, problem = None, 0, None, None
    best_of.figures = []
    for _ in range(runs):
        t, rss, code, out, err = measure(cmd, cwd, timeout, extra_env)
        if t is None:
            return None, None, None, "cannot start: " + err.decode(errors="replace")
        if code != 0:
            tail = err.decode(errors="replace").strip().splitlines()[-1:] or [""]
            reason = "timeout" if code == -9 else f"exit {code}"
            return None, None, out, f"{reason}: {tail[0]}"
        if output is not None and out != output:
            problem = "output differs between runs"
        output = out
        if best_t is None or t < best_t:
            best_of.figures = bench_lines(err)
        best_t = t if best_t is None else min(best_t, t)
        peak = max(peak, rss)
    return best_t, peak, output, problem


def has_modules(python, modules):
    for m in modules:
        r = subprocess.run([python, "-c", f"import {m}"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        if r.returncode != 0:
            return False
    return True


def fmt_s(t):
    return "FAIL" if t is None else f"{t:.3f}"


def fmt_mb(b):
    return "-" if b is None else f"{b / (1024 * 1024):.1f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("baozi", nargs="?", default=os.path.join(REPO, ".build", "release", "baozi"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    ap.add_argument("--only", nargs="*", help="program names (with or without .py)")
    ap.add_argument("--baseline", help="another baozi binary to compare with (e.g. the last bytecode build)")
    args = ap.parse_args()
    baozi = os.path.abspath(args.baozi)

    programs = sorted(f for f in os.listdir(HERE)
                      if f.endswith(".py") and f not in TOOLS and not f.startswith("_"))
    if args.only:
        wanted = {n if n.endswith(".py") else n + ".py" for n in args.only}
        programs = [p for p in programs if p in wanted]

    lines = []

    def emit(line=""):
        print(line, flush=True)
        lines.append(line)

    emit(f"python3: {args.python}    baozi: {baozi}    best of {args.runs}")
    if not os.path.exists(baozi):
        emit(f"note: {baozi} does not exist; every baozi column will say FAIL")
    baseline = os.path.abspath(args.baseline) if args.baseline else None
    if baseline:
        emit(f"baseline: {baseline}")
    header = f"{'program':<20} {'python3 s':>10} {'baozi s':>10} {'ratio':>8} {'python3 MB':>11} {'baozi MB':>9}"
    if baseline:
        header += f" {'base s':>9} {'baozi/base':>10} {'base MB':>8}"
    header += "  note"
    emit(header)
    emit("-" * len(header))
    for prog in programs:
        needs = REQUIRES.get(prog, [])
        if needs and not has_modules(args.python, needs):
            emit(f"{prog:<20} skipped: python3 lacks {', '.join(needs)}")
            continue
        py_t, py_rss, py_out, py_note = best_of([args.python, prog], HERE, args.runs, args.timeout)
        py_figures = best_of.figures
        bz_t, bz_rss, bz_out, bz_note = best_of([baozi, prog], HERE, args.runs, args.timeout)
        bz_figures = best_of.figures
        note = ""
        if py_t is None:
            note = "python3 failed: " + (py_note or "")
        elif bz_t is None:
            note = "baozi failed: " + (bz_note or "")
        elif bz_out != py_out:
            note = "output differs from python3"
            bz_t = None
        elif py_note or bz_note:
            note = py_note or bz_note
        ratio = f"{bz_t / py_t:.2f}" if (bz_t is not None and py_t) else "FAIL"
        base = ""
        if baseline:
            bs_t, bs_rss, bs_out, bs_note = best_of([baseline, prog], HERE, args.runs, args.timeout)
            if bs_t is not None and bs_out != py_out:
                bs_t, bs_note = None, "baseline output differs from python3"
            base = (f" {fmt_s(bs_t):>9} {(f'{bz_t / bs_t:.2f}' if bz_t and bs_t else 'FAIL'):>10}"
                    f" {fmt_mb(bs_rss if bs_t is not None else None):>8}")
        emit(f"{prog:<20} {fmt_s(py_t):>10} {fmt_s(bz_t):>10} {ratio:>8} "
             f"{fmt_mb(py_rss):>11} {fmt_mb(bz_rss if bz_t is not None else None):>9}{base}  {note}".rstrip())
        for who, figures in (("python3", py_figures), ("baozi", bz_figures)):
            for fig in figures:
                emit(f"    {who:<8} {fig}")

    emit()
    py_start, _, _, _ = best_of([args.python, "-c", "pass"], HERE, 10, 60)
    bz_start, _, _, bz_note = best_of([baozi, "-c", "pass"], HERE, 10, 60)
    ratio = f"{bz_start / py_start:.2f}" if (bz_start is not None and py_start) else "FAIL"
    def secs(t):
        return "FAIL" if t is None else f"{t:.3f} s"
    emit(f"start-up (-c pass, best of 10): python3 {secs(py_start)}, baozi {secs(bz_start)}, ratio {ratio}"
         + (f"  ({bz_note})" if bz_start is None and bz_note else ""))

    results = os.path.join(HERE, "results")
    try:
        os.makedirs(results, exist_ok=True)
        with open(os.path.join(results, "last.txt"), "w") as f:
            f.write("\n".join(lines) + "\n")
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
