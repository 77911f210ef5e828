"""Drives a program through a pseudo-terminal for the REPL tests.

usage: pty_driver.py STEPS_JSON -- PROGRAM ARGS...

STEPS_JSON is a list of steps, run in order:
  {"send": "text"}         write text to the terminal (\x03 is Ctrl-C, \t is Tab)
  {"expect": "regex"}      wait until the output since the last match contains regex
  {"exit": status}         wait for the program to exit with that status
Every wait gives up after TIMEOUT seconds. The transcript (escape sequences removed) goes
to stdout; the exit status is 0 when every step passed, 1 otherwise.
"""

import fcntl, json, os, pty, re, select, signal, struct, sys, termios, time

TIMEOUT = 10.0
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]|[\r\x01\x02\x07]")


def main():
    steps = json.loads(sys.argv[1])
    argv = sys.argv[sys.argv.index("--") + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 200, 0, 0))
    raw = b""
    seen = 0          # where the next expect starts looking, in the cleaned transcript
    failure = None
    status = None

    def clean():
        return ESCAPES.sub(b"", raw).decode("utf-8", "replace")

    def pump(deadline):
        nonlocal raw
        ready, _, _ = select.select([fd], [], [], max(0.0, min(0.1, deadline - time.time())))
        if ready:
            try:
                data = os.read(fd, 4096)
            except OSError:
                data = b""
            raw += data
            return bool(data)
        return True

    for step in steps:
        if "send" in step:
            os.write(fd, step["send"].encode())
            time.sleep(0.05)
        elif "expect" in step:
            pattern = re.compile(step["expect"])
            deadline = time.time() + TIMEOUT
            while True:
                m = pattern.search(clean(), seen)
                if m:
                    seen = m.end()
                    break
                if time.time() > deadline or not pump(deadline):
                    failure = "timed out waiting for %r" % step["expect"]
                    break
        elif "exit" in step:
            deadline = time.time() + TIMEOUT
            while status is None and time.time() < deadline:
                done, code = os.waitpid(pid, os.WNOHANG)
                if done:
                    status = os.waitstatus_to_exitcode(code)
                else:
                    pump(deadline)
            if status != step["exit"]:
                failure = "expected exit status %r, got %r" % (step["exit"], status)
        if failure:
            break

    if status is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    # Drain what is left so the transcript is complete.
    end = time.time() + 0.2
    while time.time() < end and pump(end):
        pass
    sys.stdout.write(clean())
    if failure:
        sys.stdout.write("\n--- pty_driver: %s\n" % failure)
        sys.exit(1)


main()
