# Modules are singletons: shared state, chained imports, import inside functions.
import mod_counter
from mod_counter import bump
print("initial value:", mod_counter.value)
bump()
bump(5)
print("after bumps:", mod_counter.value, mod_counter.history)
from mod_counter import value
mod_counter.bump()
print("from-import copies the binding:", value, "module now:", mod_counter.value)
import mod_chain_a
print(mod_chain_a.describe())
print("state shared with mod_chain_a:", mod_counter.value, mod_counter.history[-1])
import mod_chain_b
print("mod_chain_b already loaded; NAME:", mod_chain_b.NAME)
def lazy():
    import mod_chain_b as b
    return b.shout("lazy")
print(lazy())
print("import inside a function binds a local only:", "b" in globals())
def reimport():
    import mod_counter
    return mod_counter.bump(1000)
print(reimport(), mod_counter.value)
