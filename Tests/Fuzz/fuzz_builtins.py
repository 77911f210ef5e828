#!/usr/bin/env python3
"""Fuzzes Baozi's own API: calls every builtin, every method of the builtin types and every
function of the shipped modules with hostile arguments (see fuzz_child.py) and reports each
call that killed the interpreter by a signal or left it hanging.

    python3 Tests/Fuzz/fuzz_builtins.py [--baozi PATH] [--seconds N] [--step K] [--offset I]
                                        [--call-timeout S] [--known FILE]

Calls run in batches in baozi child processes (memory-limited); when a child dies, the call it
was running is a finding and the next batch starts after it. A call that makes no progress for
--call-timeout seconds is a hang, unless python3 also takes that long on it (math.factorial of a
huge int is slow everywhere). --step K runs every K-th call from --offset, so a short run samples
the whole list. Exit status 1 when there is a finding not listed in --known.
"""
import argparse, os, resource, select, signal, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
CHILD = os.path.join(HERE, 'fuzz_child.py')
MEMORY_LIMIT = 6 << 30


def limit_child():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.setsid()


def run_batch(interpreter, start, stop, step, call_timeout, workdir):
    """Runs calls start, start+step, ... < stop. Returns (calls done, finding or None, next start)."""
    proc = subprocess.Popen([interpreter, CHILD, str(start), str(stop), str(step)], cwd=workdir,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            preexec_fn=limit_child)
    current, done, buffer = None, 0, b''
    last_progress = time.monotonic()
    while True:
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split(b'\n')
            for line in lines:
                if line.startswith(b'@@ '):
                    word = line[3:].strip()
                    if word == b'done':
                        if current is not None:
                            done += 1
                        current = None
                    else:
                        if current is not None:
                            done += 1
                        current = int(word)
                    last_progress = time.monotonic()
        elif time.monotonic() - last_progress > call_timeout:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return done, ('hang', current), current + step
    code = proc.wait()
    if current is None:
        return done, None, stop
    if code < 0:
        return done, ('signal %s' % signal.Signals(-code).name, current), current + step
    # A normal exit in the middle (a call raised SystemExit past the guard): go on after it.
    return done, ('exit %d' % code, current), current + step


def python3_also_hangs(call, call_timeout, workdir):
    try:
        subprocess.run([sys.executable, CHILD, '--run-named'] + call.split('\t'), cwd=workdir,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       preexec_fn=limit_child, timeout=call_timeout)
        return False
    except subprocess.TimeoutExpired:
        return True


def describe(interpreter, indexes, workdir):
    out = subprocess.run([interpreter, CHILD, '--describe'] + [str(i) for i in indexes], cwd=workdir,
                         capture_output=True, text=True).stdout
    return dict(line.split(' ', 1) for line in out.splitlines())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--baozi', default=os.path.join(HERE, '..', '..', '.build', 'debug', 'baozi'))
    parser.add_argument('--seconds', type=float, default=600)
    parser.add_argument('--step', type=int, default=1)
    parser.add_argument('--offset', type=int, default=0)
    parser.add_argument('--call-timeout', type=float, default=10)
    parser.add_argument('--known', default=os.path.join(HERE, 'known_findings.txt'))
    options = parser.parse_args()
    # The children run in a scratch directory: a relative path must not change meaning there.
    options.baozi = os.path.abspath(options.baozi)
    workdir = os.path.join('/tmp', 'baozi-fuzz-%d' % os.getpid())
    os.makedirs(workdir, exist_ok=True)
    total = int(subprocess.run([options.baozi, CHILD, '--count'], cwd=workdir, capture_output=True,
                               text=True, check=True).stdout.split()[-1])
    deadline = time.monotonic() + options.seconds
    start, calls, findings = options.offset, 0, []
    while start < total and time.monotonic() < deadline:
        # Batches end at the deadline's pace: a batch is at most ~2000 calls.
        stop = min(total, start + 2000 * options.step)
        done, finding, start = run_batch(options.baozi, start, stop, options.step, options.call_timeout, workdir)
        calls += done + (1 if finding else 0)
        if finding:
            findings.append(finding)
    names = describe(options.baozi, [i for _, i in findings], workdir) if findings else {}
    # A hang python3 shares is no finding (math.factorial(2**62) is slow everywhere).
    findings = [(kind, index) for kind, index in findings
                if kind != 'hang' or not python3_also_hangs(names.get(str(index), ''), options.call_timeout, workdir)]
    known = set()
    if os.path.exists(options.known):
        known = {line.strip() for line in open(options.known) if line.strip() and not line.startswith('#')}
    new = 0
    print('fuzz: %d calls of %d (step %d), %d finding(s)' % (calls, total, options.step, len(findings)))
    for kind, index in findings:
        call = names.get(str(index), '?').replace('\t', '')
        is_known = call in known
        new += not is_known
        print('  %-14s %s%s' % (kind, call, '  (known)' if is_known else ''))
    return 1 if new else 0


if __name__ == '__main__':
    sys.exit(main())
