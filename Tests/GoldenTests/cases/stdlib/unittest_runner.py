# TestSuite, TestLoader and TextTestRunner on a stream of one's own; fixtures and failfast.
import os
import unittest


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def text(self):
        # Up to the timing line; tracebacks name files relative to here, as baozi does.
        text = "".join(self.parts).split("\nRan ")[0]
        return text.replace(os.getcwd() + "/", "")


log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.addClassCleanup(log.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)
        if self._testMethodName == "test_b":
            raise RuntimeError("tearDown broke")

    def test_a(self):
        self.addCleanup(log.append, "cleanup a")
        self.addCleanup(log.append, "cleanup a2")

    def test_b(self):
        pass

    def test_c(self):
        def bad_cleanup():
            raise OSError("cleanup broke")
        self.addCleanup(bad_cleanup)


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("no class today")

    def test_never(self):
        log.append("never")


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        raise unittest.SkipTest("skipped from setUp")

    def test_x(self):
        log.append("never")


def run(suite, **kwargs):
    stream = Stream()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    print(stream.text())
    print("--> run=%d failures=%d errors=%d skipped=%d ok=%s" % (
        result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
        result.wasSuccessful()))


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures))
suite = loader.loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [str(t) for t in suite])
run(suite)
print(log)
log.clear()

run(unittest.TestSuite([loader.loadTestsFromTestCase(BrokenClass), SkipInSetUp("test_x")]), verbosity=2)
print(log)

suite = unittest.TestSuite()
suite.addTest(Fixtures("test_b"))
suite.addTests([Fixtures("test_a"), Fixtures("test_c")])
run(suite, failfast=True)

for bad in (Fixtures, "text"):
    try:
        unittest.TestSuite().addTest(bad) if bad is Fixtures else unittest.TestSuite(bad)
    except TypeError as e:
        print("TypeError:", e)

loader.testMethodPrefix = "test_a"
print(loader.getTestCaseNames(Fixtures))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*_b"]
print(loader.getTestCaseNames(Fixtures))
print(unittest.TestLoader().loadTestsFromName("Fixtures.test_c", __import__("__main__")))

func = unittest.FunctionTestCase(lambda: None, description="a function test")
run(unittest.TestSuite([func]), verbosity=2)
