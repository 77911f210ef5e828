# Importing a sibling module: it runs once, attributes, aliases, __name__.
print("before import")
import mod_helper
print("after import")
import mod_helper
import mod_helper as mh
print("second import did not re-run the module; alias is same object:", mh is mod_helper)
print("CONSTANT:", mod_helper.CONSTANT, "load_count:", mod_helper.load_count)
print(mod_helper.greet("Ann"))
print("module __name__:", mod_helper.__name__, "| our __name__:", __name__)
print("function using module globals:", mh.uses_global())
mod_helper.CONSTANT = 10
print("after rebinding module attribute:", mh.uses_global())
t1 = mod_helper.Tally()
t2 = mh.Tally()
print("class from module:", mod_helper.Tally.total, type(t1).__name__, type(t1) is type(t2))
print("type of module:", type(mod_helper).__name__)
print("hasattr:", hasattr(mod_helper, "greet"), hasattr(mod_helper, "nope"))
print("getattr:", getattr(mod_helper, "_private"))
try:
    mod_helper.missing_attribute
except AttributeError as e:
    print("AttributeError:", e)
import sys
print("in sys.modules:", "mod_helper" in sys.modules, sys.modules["mod_helper"] is mod_helper)
print("module globals visible:", sorted([n for n in vars(mod_helper) if not n.startswith("__")]))
