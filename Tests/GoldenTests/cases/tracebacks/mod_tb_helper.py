# Helper module for through_module.py (not a test itself).
def safe_ratio(a, b):
    return a / b if b else None
def ratio(a, b):
    return _divide(a, b)
def _divide(a, b):
    return a / b
