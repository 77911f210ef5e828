# Unpacking mismatches and their error messages.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
def two(seq):
    a, b = seq
    return a, b
def three(seq):
    a, b, c = seq
    return a, b, c
def star(seq):
    a, *b, c = seq
    return a, b, c
attempt("two from [1, 2]", lambda: two([1, 2]))
attempt("two from [1, 2, 3]", lambda: two([1, 2, 3]))
attempt("three from 'ab'", lambda: three("ab"))
attempt("two from 5", lambda: two(5))
attempt("two from None", lambda: two(None))
attempt("star from [1]", lambda: star([1]))
attempt("star from [1, 2]", lambda: star([1, 2]))
attempt("two from dict", lambda: two({"k1": 1, "k2": 2}))
attempt("three from range", lambda: three(range(3)))
attempt("two from ''", lambda: two(""))
x = [1, 2, 3]
try:
    (a, b), c = x[:2], x[2]
    print("nested ok:", a, b, c)
    (a, b), c = x, 0
except ValueError as e:
    print("nested error:", e)
