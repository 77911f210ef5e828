# Helper module imported by import_sibling.py and others (not a test itself).
print("mod_helper: module body runs, __name__ =", __name__)
__all__ = ["greet", "CONSTANT", "Tally"]
CONSTANT = 42
_private = "hidden from star-import"
load_count = 0
load_count += 1
def greet(name):
    return f"Hello, {name}! (from {__name__})"
def uses_global():
    return CONSTANT * 2
class Tally:
    total = 0
    def __init__(self):
        Tally.total += 1
not_exported = "not in __all__"
