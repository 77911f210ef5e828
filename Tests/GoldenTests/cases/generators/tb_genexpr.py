# Errors inside a generator expression consumed by builtins.
values = [3, 2, 1, 0]
def check():
    try:
        print(sum(12 // v for v in values))
    except ZeroDivisionError as e:
        print("caught", e)
check()
print(sorted(len(x) for x in ["a", "bb", 3]))
