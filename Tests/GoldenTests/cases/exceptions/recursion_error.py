# Runaway recursion is caught as RecursionError.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught", type(e).__name__)
    print("is RuntimeError:", isinstance(e, RuntimeError))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual recursion caught", type(e).__name__)
class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
try:
    Node().depth()
except RecursionError:
    print("method recursion caught")
def still_works(n):
    return n if n == 0 else still_works(n - 1)
print("after recovery:", still_works(500))
