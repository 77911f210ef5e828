#!/usr/bin/env python3
"""Compares how Baozi and python3 answer wrong argument lists: calls every target of
fuzz_child.py (builtins, builtin-type methods, shipped-module functions) with no arguments, with
seven zeros and with an unknown keyword, in both interpreters, and lists the calls where python3
raises TypeError and Baozi accepts them ("accepted"), and the ones Baozi refuses with a TypeError
that python3 takes ("refused").

    python3 Tests/Fuzz/compare_arity.py [--baozi PATH] [--call-timeout S] [--show N]

Exit status 1 when Baozi refuses a call python3 accepts (a check that is too strict breaks
working programs); "accepted" calls are reported, not failed.
"""
import argparse, collections, os, select, signal, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from fuzz_builtins import CHILD, limit_child


def outcomes(interpreter, call_timeout, workdir):
    """{(name, shape): outcome} for every call; a call that kills or hangs the child is 'died'."""
    total = int(subprocess.run([interpreter, CHILD, '--count-targets'], cwd=workdir, capture_output=True,
                               text=True, check=True).stdout.split()[-1])
    found, start = {}, 0
    while start < total:
        proc = subprocess.Popen([interpreter, CHILD, '--arity', str(start), str(total)], cwd=workdir,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, preexec_fn=limit_child)
        current, buffer, last = None, b'', time.monotonic()
        while True:
            ready, _, _ = select.select([proc.stdout], [], [], 0.5)
            if ready:
                chunk = os.read(proc.stdout.fileno(), 65536)
                if not chunk:
                    break
                buffer += chunk
                *lines, buffer = buffer.split(b'\n')
                for line in lines:
                    text = line.decode('utf-8', 'replace')
                    if text.startswith('@@ '):
                        word = text[3:].strip()
                        current = None if word == 'done' else int(word)
                        last = time.monotonic()
                    elif text.startswith('== '):
                        name, shape, outcome = text[3:].split('\t')
                        found[name, shape] = outcome
            elif time.monotonic() - last > call_timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                break
        proc.wait()
        if current is None:
            break
        start = current + 1
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--baozi', default=os.path.join(HERE, '..', '..', '.build', 'debug', 'baozi'))
    parser.add_argument('--call-timeout', type=float, default=10)
    parser.add_argument('--show', type=int, default=40)
    options = parser.parse_args()
    options.baozi = os.path.abspath(options.baozi)
    workdir = os.path.join('/tmp', 'baozi-arity-%d' % os.getpid())
    os.makedirs(workdir, exist_ok=True)
    ours = outcomes(options.baozi, options.call_timeout, workdir)
    theirs = outcomes(sys.executable, options.call_timeout, workdir)
    accepted, refused = [], []
    for key, outcome in sorted(ours.items()):
        expected = theirs.get(key)
        if expected is None:
            continue
        if expected == 'TypeError' and outcome == 'ok':
            accepted.append(key)
        elif outcome == 'TypeError' and expected != 'TypeError':
            refused.append((key, expected))
    common = sum(1 for key in ours if key in theirs)
    print('arity: %d calls in both, %d accepted where python3 raises TypeError, %d refused where python3 does not'
          % (common, len(accepted), len(refused)))
    by_target = collections.Counter(name for name, _ in accepted)
    for name, count in by_target.most_common(options.show):
        shapes = ' '.join(shape for n, shape in accepted if n == name)
        print('  accepted %-40s %s' % (name, shapes))
    for (name, shape), expected in refused:
        print('  refused  %s%s (python3: %s)' % (name, shape, expected))
    return 1 if refused else 0


if __name__ == '__main__':
    sys.exit(main())
