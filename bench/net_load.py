#!/usr/bin/env python3
"""Network load figures of the cooperative sockets: python3 + gevent and baozi side by side.

Usage:
    python3 bench/net_load.py [BAOZI] [--python PY] [--only http idle crawl ...] [--runs N]
                              [--duration S] [--connections N] [--idle N] [--urls N]
                              [--pool N] [--delay S]

BAOZI defaults to .build/release/baozi (relative to the repository root); use a release build
for figures.  Needs `wrk` (Debian package wrk) on PATH for the http figure, and gevent in
python3.  Every figure is measured for python3 + gevent and baozi in the same run, one after
the other, and the table gives their ratio (the machine may be noisy: compare ratios, and
repeat with --runs N to keep the best of N).

  http   examples/http_server.py PORT (keep-alive, StreamServer + Pool) under
         `wrk -t2 -c1000 -d10s`: requests/s, the server's CPU time per request (steadier
         than requests/s on a busy machine), and wrk's errors (connect, read, write,
         timeout, non-2xx).  The bar is no failed or lost request.
  idle   examples/echo_server.py PORT holding 10,000 idle connections (each has read the
         welcome line, its handler waits in readline): memory per connection, the server's
         RSS after minus before, divided by the number of connections.
  crawl  a crawler (urllib.request.urlopen under monkey.patch_all(), gevent Pool(100))
         fetching 1,000 URLs from a local server that answers each after 50 ms: wall time.
         The server is the same python3 + gevent program for both, so the figure is the
         crawler's.

Each run is bounded in time: servers are killed when their figure is done or stalls.  The
table is also written to bench/results/net_last.txt (ignored by git).
"""

import argparse
import os
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
EXAMPLES = os.path.join(REPO, "examples")

# The crawler and its server, written to temporary files and run by each interpreter.
CRAWLER = r'''
import sys, time
from gevent import monkey
monkey.patch_all()
from gevent.pool import Pool
from urllib import request

base, count, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
failures = []

def fetch(url):
    try:
        with request.urlopen(url, timeout=60) as resp:
            return len(resp.read())
    except Exception as e:
        failures.append(repr(e))
        return 0

start = time.time()
sizes = Pool(size).map(fetch, ["%s/page/%d" % (base, i) for i in range(count)])
elapsed = time.time() - start
print("fetched %d bytes %d failures %d" % (len(sizes), sum(sizes), len(failures)))
for f in sorted(set(failures))[:5]:
    print("failure:", f)
print("wall %.4f" % elapsed)
'''

CRAWL_SERVER = r'''
import sys
from gevent import monkey
monkey.patch_all()
import gevent
from gevent.server import StreamServer

delay = float(sys.argv[2])
body = b"<html>" + b"page " * 200 + b"</html>"

def handle(sock, address):
    f = sock.makefile("rb")
    line = f.readline()
    while f.readline() not in (b"\r\n", b"\n", b""):
        pass
    gevent.sleep(delay)
    head = "HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
    sock.sendall(head.encode() + body)
    f.close()

StreamServer(("127.0.0.1", int(sys.argv[1])), handle, backlog=1024).serve_forever()
'''


def raise_fd_limit(wanted):
    """Raises this process's descriptor limit (inherited by the servers it starts)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS for pid %d" % pid)


def cpu_seconds(pid):
    """The user plus system CPU time a process has used so far."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Server:
    """A server process on a local port; ready once the port accepts a connection."""

    def __init__(self, cmd, port, cwd, start_timeout=30):
        self.port = port
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=self.log,
                                     stderr=subprocess.STDOUT, env=child_env())
        deadline = time.time() + start_timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited (%s): %s" % (self.proc.returncode, self.output()))
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return
            except OSError:
                if time.time() > deadline:
                    self.stop()
                    raise RuntimeError("server did not listen within %ds" % start_timeout)
                time.sleep(0.05)

    @property
    def pid(self):
        return self.proc.pid

    def output(self):
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-2000:]

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(3)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def child_env():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


# --- http: wrk against the keep-alive example server -------------------------------------

WRK_ERRORS = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")


def parse_wrk(text):
    figures = {"connect": 0, "read": 0, "write": 0, "timeout": 0, "non2xx": 0}
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    figures["rps"] = float(m.group(1)) if m else None
    m = re.search(r"(\d+) requests in", text)
    figures["requests"] = int(m.group(1)) if m else None
    m = WRK_ERRORS.search(text)
    if m:
        for key, value in zip(("connect", "read", "write", "timeout"), m.groups()):
            figures[key] = int(value)
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if m:
        figures["non2xx"] = int(m.group(1))
    return figures


def http_figure(interp, args):
    port = free_port()
    with Server(interp + [os.path.join(EXAMPLES, "http_server.py"), str(port)], port, EXAMPLES) as server:
        cmd = ["wrk", "-t2", "-c%d" % args.connections, "-d%ds" % args.duration,
               "http://127.0.0.1:%d/" % port]
        cpu_before = cpu_seconds(server.pid)
        done = subprocess.run(cmd, capture_output=True, timeout=args.duration + 60)
        cpu = cpu_seconds(server.pid) - cpu_before
        text = done.stdout.decode(errors="replace") + done.stderr.decode(errors="replace")
        figures = parse_wrk(text)
        if figures["requests"]:
            figures["cpu_us"] = cpu / figures["requests"] * 1e6
        figures["server_alive"] = server.alive()
        if figures["rps"] is None or not server.alive():
            figures["problem"] = (text + server.output())[-1500:]
        return figures


# --- idle: memory per idle connection ----------------------------------------------------

def open_idle(port, count, deadline):
    """Opens `count` connections; each is counted once its handler's welcome line arrived."""
    conns = []
    batch = 500
    while len(conns) < count:
        group = []
        for _ in range(min(batch, count - len(conns))):
            s = socket.create_connection(("127.0.0.1", port), timeout=max(1, deadline - time.time()))
            group.append(s)
        for s in group:
            s.settimeout(max(1, deadline - time.time()))
            data = b""
            while not data.endswith(b"\n"):
                chunk = s.recv(100)
                if not chunk:
                    raise RuntimeError("server closed an idle connection")
                data += chunk
        conns.extend(group)
        if time.time() > deadline:
            raise RuntimeError("only %d connections within the time bound" % len(conns))
    return conns


def idle_figure(interp, args):
    port = free_port()
    with Server(interp + [os.path.join(EXAMPLES, "echo_server.py"), str(port)], port, EXAMPLES) as server:
        # One connection first, so that the handler's code paths are warm in "before".
        for s in open_idle(port, 1, time.time() + 30):
            s.sendall(b"quit\r\n")
            s.close()
        time.sleep(0.5)
        before = rss_kib(server.pid)
        start = time.time()
        conns = open_idle(port, args.idle, time.time() + args.idle_timeout)
        opened = time.time() - start
        time.sleep(1)
        after = rss_kib(server.pid)
        alive = server.alive()
        for s in conns:
            s.close()
        return {"before_kib": before, "after_kib": after, "kib_per_conn": (after - before) / args.idle,
                "open_s": opened, "server_alive": alive}


# --- crawl: 1,000 URLs with Pool(100) against a 50 ms server ------------------------------

def crawl_figure(interp, args, scripts):
    port = free_port()
    server_cmd = [args.python, scripts["server"], str(port), str(args.delay)]
    with Server(server_cmd, port, HERE) as server:
        cmd = interp + [scripts["crawler"], "http://127.0.0.1:%d" % port, str(args.urls), str(args.pool)]
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=args.crawl_timeout, env=child_env(),
                                  cwd=HERE)
        except subprocess.TimeoutExpired:
            return {"wall": None, "problem": "crawler timed out after %ss" % args.crawl_timeout}
        out = done.stdout.decode(errors="replace")
        m = re.search(r"wall ([\d.]+)", out)
        f = re.search(r"failures (\d+)", out)
        figures = {"wall": float(m.group(1)) if m else None, "failures": int(f.group(1)) if f else None,
                   "ideal": args.urls / args.pool * args.delay}
        if figures["wall"] is None or figures["failures"]:
            figures["problem"] = (out + done.stderr.decode(errors="replace"))[-1500:]
        return figures


# --- table -------------------------------------------------------------------------------

def best(results, key, higher_is_better):
    values = [r for r in results if r.get(key) is not None]
    if not values:
        return results[-1] if results else {}
    return (max if higher_is_better else min)(values, key=lambda r: r[key])


def ratio(a, b):
    return "%.2fx" % (b / a) if a and b else "-"


def main():
    parser = argparse.ArgumentParser(description="network load figures, python3 + gevent vs baozi")
    parser.add_argument("baozi", nargs="?", default=os.path.join(REPO, ".build", "release", "baozi"))
    parser.add_argument("--python", default="python3")
    parser.add_argument("--only", nargs="*", choices=["http", "idle", "crawl"], default=["http", "idle", "crawl"])
    parser.add_argument("--runs", type=int, default=1, help="best of N per figure")
    parser.add_argument("--duration", type=int, default=10, help="wrk -d (seconds)")
    parser.add_argument("--connections", type=int, default=1000, help="wrk -c")
    parser.add_argument("--idle", type=int, default=10000, help="idle connections held")
    parser.add_argument("--idle-timeout", type=float, default=120)
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--pool", type=int, default=100)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--crawl-timeout", type=float, default=120)
    args = parser.parse_args()

    limit = raise_fd_limit(max(args.idle, args.connections) + 1000)
    if limit < args.idle + 100:
        sys.exit("descriptor limit %d is too low for %d idle connections" % (limit, args.idle))
    interpreters = [("python3+gevent", [args.python]), ("baozi", [os.path.abspath(args.baozi)])]
    tmp = tempfile.mkdtemp(prefix="net_load")
    scripts = {}
    for name, text in (("crawler", CRAWLER), ("server", CRAWL_SERVER)):
        scripts[name] = os.path.join(tmp, name + ".py")
        with open(scripts[name], "w") as f:
            f.write(text)

    lines = []

    def say(line=""):
        print(line, flush=True)
        lines.append(line)

    say("%-34s %16s %16s %10s" % ("figure", "python3+gevent", "baozi", "baozi/py"))
    problems = []

    def collect(figure, measure):
        per = {}
        for name, interp in interpreters:
            runs = []
            for _ in range(args.runs):
                try:
                    result = measure(interp)
                except Exception as e:  # a figure that fails is reported, the others still run
                    result = {"problem": "%s: %s" % (type(e).__name__, e)}
                if result.get("problem"):
                    problems.append("%s %s: %s" % (figure, name, result["problem"]))
                runs.append(result)
            per[name] = runs
        return per

    if "http" in args.only:
        per = collect("http", lambda interp: http_figure(interp, args))
        py, bz = (best(per[n], "rps", True) for n, _ in interpreters)
        title = "http req/s (wrk -t2 -c%d -d%ds)" % (args.connections, args.duration)
        say("%-34s %16s %16s %10s" % (title, fmt(py.get("rps"), "%.0f"), fmt(bz.get("rps"), "%.0f"),
                                      ratio(py.get("rps"), bz.get("rps"))))
        say("%-34s %16s %16s" % ("  requests", fmt(py.get("requests"), "%d"), fmt(bz.get("requests"), "%d")))
        # The server's CPU time per request: steadier than req/s when the machine is busy.
        say("%-34s %16s %16s %10s" % ("  server CPU us/request", fmt(py.get("cpu_us"), "%.1f"),
                                      fmt(bz.get("cpu_us"), "%.1f"), ratio(py.get("cpu_us"), bz.get("cpu_us"))))
        say("%-34s %16s %16s" % ("  errors conn/read/write/tmo/non2xx", errors(py), errors(bz)))
    if "idle" in args.only:
        per = collect("idle", lambda interp: idle_figure(interp, args))
        py, bz = (best(per[n], "kib_per_conn", False) for n, _ in interpreters)
        say("%-34s %16s %16s %10s" % ("idle conn KiB/conn (%d)" % args.idle, fmt(py.get("kib_per_conn"), "%.2f"),
                                      fmt(bz.get("kib_per_conn"), "%.2f"),
                                      ratio(py.get("kib_per_conn"), bz.get("kib_per_conn"))))
        say("%-34s %16s %16s" % ("  RSS before -> after MiB", rss_pair(py), rss_pair(bz)))
        say("%-34s %16s %16s" % ("  seconds to open them", fmt(py.get("open_s"), "%.2f"), fmt(bz.get("open_s"), "%.2f")))
    if "crawl" in args.only:
        per = collect("crawl", lambda interp: crawl_figure(interp, args, scripts))
        py, bz = (best(per[n], "wall", False) for n, _ in interpreters)
        title = "crawl %d URLs Pool(%d) %gms, s" % (args.urls, args.pool, args.delay * 1000)
        say("%-34s %16s %16s %10s" % (title, fmt(py.get("wall"), "%.3f"), fmt(bz.get("wall"), "%.3f"),
                                      ratio(py.get("wall"), bz.get("wall"))))
        say("%-34s %16s %16s" % ("  (ideal %.2f s) failures" % (args.urls / args.pool * args.delay),
                                 fmt(py.get("failures"), "%d"), fmt(bz.get("failures"), "%d")))
    say("baozi/py: baozi's figure over python3's (req/s: more is better; CPU us, KiB/conn, s: less is better)")
    for p in problems:
        say("PROBLEM " + p)
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", "net_last.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    return 1 if problems else 0


def fmt(value, pattern):
    return "-" if value is None else pattern % value


def errors(r):
    if "connect" not in r:
        return "-"
    return "%d/%d/%d/%d/%d" % (r["connect"], r["read"], r["write"], r["timeout"], r["non2xx"])


def rss_pair(r):
    if "before_kib" not in r:
        return "-"
    return "%.0f -> %.0f" % (r["before_kib"] / 1024, r["after_kib"] / 1024)


if __name__ == "__main__":
    sys.exit(main())
