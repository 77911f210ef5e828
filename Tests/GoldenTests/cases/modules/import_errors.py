# Import failures.
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import nonexistent_module_xyz as alias
except ImportError as e:
    print("caught as ImportError:", type(e).__name__)
try:
    from nonexistent_module_xyz import thing
except ImportError as e:
    print("from-import of missing module:", type(e).__name__, e)
try:
    from mod_helper import missing_name
except ImportError as e:
    print("missing name:", type(e).__name__, "| startswith:",
          str(e).startswith("cannot import name 'missing_name' from 'mod_helper'"), "| name:", e.name)
try:
    from math import nonexistent_function
except ImportError as e:
    print("missing name in builtin module:", type(e).__name__, str(e).startswith("cannot import name 'nonexistent_function' from 'math'"))
print(issubclass(ModuleNotFoundError, ImportError))
import mod_helper
print("a failed from-import still loaded mod_helper once:", mod_helper.load_count)
