"""Shared by the micro_*.py programs (not a bench itself: run.py skips names starting with "_").

time_op(name, fn, n) calls fn(n) five times and reports the best CPU time per call of the
operation inside (fn loops n times) on stderr as a "bench:" line, which run.py prints for
both interpreters; it returns fn's last result so the program can print a checksum.
"""
import sys
import time


def time_op(name, fn, n, runs=5):
    best = None
    result = None
    for _ in range(runs):
        start = time.process_time()
        result = fn(n)
        elapsed = time.process_time() - start
        if best is None or elapsed < best:
            best = elapsed
    per = best / n
    unit, scale = ("ms", 1e3) if per >= 1e-4 else ("us", 1e6) if per >= 1e-7 else ("ns", 1e9)
    sys.stderr.write("bench: %-28s %10.3f %s\n" % (name, per * scale, unit))
    return result
