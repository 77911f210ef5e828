# Helper module imported by mod_chain_a (not a test itself).
print("mod_chain_b: loaded")
NAME = "chain-b"
def shout(s):
    return s.upper() + "!"
