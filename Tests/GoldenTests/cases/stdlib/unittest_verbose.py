# unittest.main() with -v: one line per test, docstring descriptions, subtests, exit=False.
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class Described(unittest.TestCase):
    def test_documented(self):
        """First line of the docstring.

        More text that is not shown.
        """

    def test_subtests(self):
        for i in range(4):
            with self.subTest("checking", i=i, even=i % 2 == 0):
                self.assertNotEqual(i, 1)
                if i == 3:
                    raise KeyError(i)

    def test_nested_subtests(self):
        with self.subTest(outer=1):
            with self.subTest(inner=2):
                self.fail("nested")

    @unittest.skip("reason text")
    def test_skip(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        print("never runs")


program = unittest.main(argv=["prog", "-v"], exit=False)
result = program.result
print("run", result.testsRun)
print("failures", [str(t) for t, _ in result.failures])
print("errors", [str(t) for t, _ in result.errors])
print("skipped", [(str(t), r) for t, r in result.skipped])
print("expected", len(result.expectedFailures), "unexpected", len(result.unexpectedSuccesses))
print("successful", result.wasSuccessful())
print(repr(result)[:35])
sys.exit(3)
