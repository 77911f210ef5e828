# 1,000 greenlets each sleeping 10 ms: how late does each wake, against its own deadline?
# stdout: how many woke and whether any woke early; stderr ("bench:"): the lateness figures.
import sys
import time
import gevent

N = 1000
late = []
early = [0]


def sleeper():
    deadline = time.perf_counter() + 0.010
    gevent.sleep(0.010)
    lateness = time.perf_counter() - deadline
    if lateness < -0.001:
        early[0] += 1
    late.append(lateness)


gevent.joinall([gevent.spawn(sleeper) for _ in range(N)])
late.sort()
print(len(late), "woke;", early[0], "early by more than 1 ms")
sys.stderr.write("bench: 1,000 x sleep(10 ms): lateness median %.2f ms, 99th %.2f ms, max %.2f ms\n"
                 % (late[N // 2] * 1000, late[int(N * 0.99)] * 1000, late[-1] * 1000))
