# warnings: warn with filters (simplefilter/filterwarnings), actions, catch_warnings, the
# "file:line: Category: message" format on stderr.
import os
import sys
import warnings


def show(log):
    for w in log:
        print(f"  {os.path.basename(w.filename)}:{w.lineno} {w.category.__name__}: {w.message}")
    log.clear()


def noisy():
    warnings.warn("from noisy")


def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain message")
    warnings.warn("explicit category", RuntimeWarning)
    warnings.warn(UserWarning("an instance"))
    noisy()
    deprecated_api()
    print(len(log), type(log[0]).__name__, log[0].category, str(log[2].message), type(log[2].message).__name__)
    show(log)

    # "default" shows a warning once per location, "ignore" never, "error" raises.
    warnings.simplefilter("default")
    for i in range(3):
        noisy()
    show(log)
    warnings.simplefilter("ignore")
    noisy()
    print("ignored:", log)
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", FutureWarning)
    except FutureWarning as e:
        print("FutureWarning raised:", e)
    warnings.resetwarnings()
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once only")
        warnings.warn("once only")
    show(log)

    # filterwarnings: by message prefix (case-insensitive), category and line.
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=ResourceWarning)
    warnings.warn("Skip me please")
    warnings.warn("keep me")
    try:
        warnings.warn("resource", ResourceWarning)
    except ResourceWarning as e:
        print("ResourceWarning raised:", e)
    show(log)
    print([(f[0], f[2].__name__, f[4]) for f in warnings.filters])

print("after catch_warnings:", [(f[0], f[2].__name__, f[3]) for f in warnings.filters])

# Categories must be Warning subclasses.
for bad in (int, "x", ValueError):
    try:
        warnings.warn("bad", bad)
    except TypeError as e:
        print("TypeError:", e)

# The standard format, and output to stderr.
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3)))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "g.py", 10, line="  x = 1  ")))
sys.stdout.flush()
warnings.warn_explicit("explicit warning", UserWarning, "fake_module.py", 12)
warnings.warn_explicit("explicit warning", UserWarning, "fake_module.py", 12)
warnings.warn_explicit(SyntaxWarning("instance warning"), None, "other.py", 5)


def custom_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message, lineno)


warnings.showwarning = custom_show
warnings.warn_explicit("shown by the hook", UserWarning, "x.py", 1)
warnings.showwarning = warnings._showwarning_orig
with warnings.catch_warnings(action="ignore"):
    warnings.warn("silenced")
with warnings.catch_warnings():
    warnings.filterwarnings("error", "boom")
    try:
        warnings.warn("boom goes the warning")
    except UserWarning as e:
        print("UserWarning raised:", e)
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), UserWarning.__mro__)
