# Helper module holding shared mutable state (not a test itself).
value = 0
history = []
def bump(by=1):
    global value
    value += by
    history.append(value)
    return value
