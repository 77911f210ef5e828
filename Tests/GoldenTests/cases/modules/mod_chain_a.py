# Helper module that imports another helper (not a test itself).
import mod_chain_b
from mod_counter import bump
print("mod_chain_a: loaded, mod_chain_b.NAME =", mod_chain_b.NAME)
def describe():
    bump(100)
    return "a uses " + mod_chain_b.shout("b")
