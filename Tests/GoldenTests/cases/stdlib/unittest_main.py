import unittest
import time
time.perf_counter = lambda: 0.0


def setUpModule():
    print("setUpModule")


def tearDownModule():
    print("tearDownModule")


class Arith(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.value = 41
        self.addCleanup(print, "cleanup", self._testMethodName)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_add(self):
        """Adding one gives the answer."""
        self.assertEqual(self.value + 1, 42)

    def test_fail(self):
        self.assertEqual(self.value, 42)

    def test_error(self):
        return 1 / 0

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


class Other(unittest.TestCase):
    def test_in(self):
        self.assertIn(3, [1, 2], "three is missing")

    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass

    def test_raises(self):
        with self.assertRaises(ValueError):
            int("7")


if __name__ == "__main__":
    unittest.main()
