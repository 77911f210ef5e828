# What `python3 -m unittest discover` and `python3 -m unittest file.py` do, through
# unittest.main(module=None, argv=...).
import time
import unittest

time.perf_counter = lambda: 0.0

program = unittest.main(module=None, argv=["prog", "discover", "-s", "mod_unittest_dir",
                                           "-p", "mod_test*.py", "-v"], exit=False)
print("discovered", program.result.testsRun, "failures", len(program.result.failures))

program = unittest.main(module=None, argv=["prog", "mod_test_beta"], exit=False)
print("ran", program.result.testsRun)

program = unittest.main(module=None, argv=["prog", "-k", "one", "mod_test_alpha"], exit=False)
print("ran", program.result.testsRun)

program = unittest.main(module=None, argv=["prog", "mod_test_alpha.Alpha.test_two", "-q"], exit=False)
print("ran", program.result.testsRun, program.result.wasSuccessful())

try:
    unittest.main(module=None, argv=["prog", "--bogus"])
except SystemExit as e:
    print("SystemExit", e.code)
