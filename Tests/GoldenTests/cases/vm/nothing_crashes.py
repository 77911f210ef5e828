# Inputs that must end in a Python exception, never a crash.
import sys

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (MemoryError, OverflowError) as e:
        print(label, "memory/overflow:", type(e).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("huge repeat", lambda: 'a' * 10**12)
attempt("huge list repeat", lambda: [0] * 10**12)
attempt("int too big for index", lambda: [1, 2][10**30])
attempt("missing key", lambda: {}["k"])
attempt("float to int inf", lambda: int(float("inf")))
attempt("float to int nan", lambda: int(float("nan")))
attempt("float overflow", lambda: 10.0 ** 400)
attempt("int to float overflow", lambda: float(10**400))
big = 7 ** 11837  # about 10,000 digits
sys.set_int_max_str_digits(20000)
print("digits:", len(str(big)))
sys.set_int_max_str_digits(4300)
attempt("str of 10,000-digit int", lambda: str(big))
attempt("eval of 100,000 brackets", lambda: compile("(" * 100_000 + ")" * 100_000, "deep", "eval"))
attempt("division by zero", lambda: 1 // 0)
attempt("bad slice step", lambda: [1, 2, 3][::0])
