# The messages of the assert methods when they fail (simple values: no difflib diffs).
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print("%s: %s" % (name, e))
    except Exception as e:
        print("%s raised %s: %s" % (name, type(e).__name__, e))
    else:
        print("%s: passed" % name)


check("assertEqual", 1, 2)
check("assertEqual", 1, 1)
check("assertEqual", 10 ** 100, 10 ** 100 + 1)
check("assertEqual", 1.5, 2, "with a message")
check("assertEqual", None, 0, msg="keyword message")
check("assertNotEqual", 3, 3)
check("assertTrue", 0)
check("assertTrue", [])
check("assertFalse", "x")
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 3, [1, 2])
check("assertIn", "z", "abc")
check("assertNotIn", 1, {1: 2})
check("assertIsInstance", 1, str)
check("assertIsInstance", 1, (str, bytes))
check("assertNotIsInstance", 1, int)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1, places=3)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1)
check("assertAlmostEqual", 1.0, 1.5, places=1, delta=0.1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.5, delta=1)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertCountEqual", [1, 2, 2, 3], [3, 2, 1, 1])
check("assertCountEqual", [[1], [2]], [[2], [1]])
check("assertCountEqual", [[1], [2]], [[2], [2]])
check("assertSetEqual", {1, 2}, {2, 3})
check("assertSetEqual", {1}, [1])
check("assertSequenceEqual", (1, 2), [1, 2])
check("assertTupleEqual", (1,), [1])
check("assertListEqual", [1], (1,))
check("assertDictEqual", {}, [])
check("assertMultiLineEqual", "a", 1)
check("fail")
check("fail", "explicit")

t.longMessage = False
check("assertEqual", 1, 2, "only this")
check("assertEqual", 1, 2)
t.longMessage = True


class Custom(unittest.TestCase):
    failureException = ValueError

    def runTest(self):
        pass


try:
    Custom().assertTrue(False)
except ValueError as e:
    print("custom failureException:", e)

print(T().id(), str(T()), repr(T()))
print(T() == T(), hash(T()) == hash(T()))
try:
    T("nothing")
except ValueError as e:
    print("ValueError:", e)
