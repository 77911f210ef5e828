# Recursion 1,000,000 calls deep with a raised recursion limit.
# (CPython 3.11 runs this; Python-to-Python calls do not use the C stack there.)
import sys
sys.setrecursionlimit(1100000)
def countdown(n):
    if n == 0:
        return 0
    return countdown(n - 1) + 1
print("depth reached:", countdown(1000000))
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print("sum_to(300000):", sum_to(300000))
def depth_via_method(obj, n):
    return n if n == 0 else obj.step(n)
class Walker:
    def step(self, n):
        return depth_via_method(self, n - 1)
print("method ping-pong 200000 deep:", depth_via_method(Walker(), 200000))
print("limit:", sys.getrecursionlimit())
