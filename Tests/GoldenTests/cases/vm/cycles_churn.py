# A loop that makes 1,000,000 self-referencing objects of three kinds: instances that point at
# themselves, closures that capture themselves, and lists that contain themselves. All of it is
# garbage right away; the collector must keep peak memory flat (the test checks peak RSS).
class Node:
    def __init__(self, n):
        self.n = n
        self.me = self


def make_closure(n):
    def f():
        return f, n
    return f


total = 0
for i in range(1_000_000):
    node = Node(i)
    f = make_closure(i)
    lst = [i]
    lst.append(lst)
    total += node.me.n + f()[1] + lst[1][0]
print(total)

import sys
if "--report-peak" in sys.argv:
    # The process's own peak resident size, for the test that checks memory stays flat.
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                print("peak kB:", line.split()[1])
