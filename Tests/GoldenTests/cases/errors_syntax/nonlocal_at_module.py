# 'nonlocal' is only allowed inside nested functions.
print("never printed")
nonlocal counter
