# raise, bare re-raise, raising classes vs instances.
def risky():
    raise ValueError("original problem")
try:
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise
except ValueError as e:
    print("outer got:", e)
try:
    raise KeyError
except KeyError as e:
    print("class raised:", repr(e), e.args)
try:
    raise IndexError("with message")
except IndexError as e:
    print("instance raised:", repr(e))
err = TypeError("stored", 42)
try:
    raise err
except TypeError as e:
    print("same object:", e is err, e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise_different():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError(f"converted: {e}")
try:
    reraise_different()
except ValueError as e:
    print(e, "| context:", repr(e.__context__))
class Retry(Exception):
    pass
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise Retry(attempts)
        print("succeeded after", attempts)
        break
    except Retry as r:
        print("retrying after", r)
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
except ValueError as e:
    print("bare raise re-raises the handled one:", e)
