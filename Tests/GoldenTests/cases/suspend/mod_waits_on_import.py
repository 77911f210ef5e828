# Imported by imports.py: its top level pauses (switches greenlets) while it runs.
from mod_suspend import pause

pause("module top level")
value = pause("module value")
