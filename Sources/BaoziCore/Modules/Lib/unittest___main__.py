"""`baozi -m unittest [options] [tests]`: runs the named tests, or discovers test*.py files."""

import sys
from unittest import main

if sys.argv[0].endswith('__main__.py'):
    sys.argv[0] = 'baozi -m unittest'
main(module=None)
