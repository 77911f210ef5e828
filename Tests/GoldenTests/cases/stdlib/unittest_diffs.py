# assertEqual's diffs for lists, tuples, dicts and strings (difflib.ndiff of pprint output).
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
        print("-----")


check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2], [1, 2, 3])
check("assertEqual", (1, 2, 3), (1,))
check("assertEqual", {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("assertEqual", "hello world", "hello there")
check("assertEqual", "line one\nline two\n", "line one\nline 2\n")
check("assertEqual", "a" * 100, "a" * 99 + "b")
check("assertSequenceEqual", [1, 2], (1, 3))
check("assertEqual", list(range(100)), list(range(1, 101)))
t.maxDiff = None
check("assertEqual", list(range(30)), list(range(1, 31)))
