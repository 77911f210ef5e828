# An uncaught exception deep in a call stack.
def level_three(data):
    return data["missing"]
def level_two(data):
    return level_three(data) + 1
def level_one():
    data = {"present": 1}
    print("calling down")
    return level_two(data)
def guarded():
    try:
        return level_one()
    except KeyError as e:
        return f"guarded: KeyError {e}"
print("start")
print(guarded())
level_one()
print("never printed")
