"""Shared by the bench programs (not a bench itself: run.py skips names starting with "_")."""


def rss_bytes():
    """This process's resident set size, from /proc/self/status."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0
