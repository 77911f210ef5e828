# finally with return, break, continue.
def ret_in_try():
    try:
        return "from try"
    finally:
        print("  finally after return")
print(ret_in_try())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally wins"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed by return in finally"
print(finally_swallows())
def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_first())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    finally:
        print("finally for", i)
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("  while finally n =", n)
print("count:", count())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested_finally())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break discarded the exception"
print(break_in_finally())
def except_then_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("  finally after except return")
print(except_then_finally())
