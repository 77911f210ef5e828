import unittest


class Beta(unittest.TestCase):
    def test_three(self):
        pass
