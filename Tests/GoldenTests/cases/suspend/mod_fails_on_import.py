# Imported by imports.py: its top level pauses, then fails.
from mod_suspend import pause

pause("before the error")
raise ValueError("module failed")
