# Runaway recursion is caught as RecursionError, repeatedly, and the interpreter recovers.
import sys
def infinite(n):
    return infinite(n + 1) + 1
for attempt in range(3):
    try:
        infinite(0)
    except RecursionError as e:
        print("attempt", attempt, "->", type(e).__name__)
class Chain:
    def __init__(self):
        self.next = self
    def length(self):
        return 1 + self.next.length()
try:
    Chain().length()
except RecursionError as e:
    print("method recursion ->", type(e).__name__)
def deep_then_fail(n):
    if n == 0:
        raise ValueError("bottom reached")
    return deep_then_fail(n - 1)
try:
    deep_then_fail(500)
except ValueError as e:
    print("exception from 500 frames down:", e)
sys.setrecursionlimit(50000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("deeper with raised limit:", depth(40000))
try:
    depth(10 ** 6)
except RecursionError as e:
    print("still bounded ->", type(e).__name__)
print("recovered:", depth(100))
