# assertRaises / assertRaisesRegex-free forms as context manager and callable, and their errors.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)

with t.assertRaises((KeyError, IndexError)):
    [][1]

try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print("AssertionError:", e)

try:
    with t.assertRaises(ValueError, msg="needs a ValueError"):
        pass
except AssertionError as e:
    print("AssertionError:", e)


def boom(a, b=0):
    raise ValueError(a + b)


cm = t.assertRaises(ValueError, boom, 1, b=2)
print("callable form returned", cm)


def quiet():
    return 1


try:
    t.assertRaises(ValueError, quiet)
except AssertionError as e:
    print("AssertionError:", e)

try:
    t.assertRaises(ValueError, lambda: 1)
except AssertionError as e:
    print("AssertionError:", e)

try:
    with t.assertRaises(KeyError):
        raise TypeError("not the expected one")
except TypeError as e:
    print("TypeError passed through:", e)

for bad in (1, "ValueError", int):
    try:
        t.assertRaises(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    t.assertRaises(ValueError, bogus=1)
except TypeError as e:
    print("TypeError:", e)
