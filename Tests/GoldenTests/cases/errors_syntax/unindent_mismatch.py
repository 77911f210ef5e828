# A dedent that matches no outer indentation level.
def f():
        a = 1
    return a
print(f())
