# del of a local then use, and other UnboundLocalError cases.
def delete_then_use():
    value = 42
    del value
    return value
try:
    delete_then_use()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def assigned_later(flag):
    if flag:
        result = "assigned"
    print("flag", flag)
    return result
print(assigned_later(True))
try:
    assigned_later(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
total = 10
def read_then_write():
    print(total)
    total = 5
try:
    read_then_write()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def except_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    return err
try:
    except_var_cleared()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def del_in_loop():
    items = []
    for k in range(2):
        tmp = k
        items.append(tmp)
        del tmp
    return items
print(del_in_loop())
def closure_after_del():
    v = 1
    def inner():
        return v
    del v
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(closure_after_del())
def deleted_global_name():
    global gone
    gone = 1
    del gone
    try:
        return gone
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(deleted_global_name())
