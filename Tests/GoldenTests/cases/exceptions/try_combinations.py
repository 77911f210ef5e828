# try/except/else/finally in all combinations.
def run(label, fail):
    print(f"-- {label}")
    try:
        print("  try body")
        if fail:
            raise ValueError(label)
    except ValueError as e:
        print("  except:", e)
    else:
        print("  else (no exception)")
    finally:
        print("  finally")
run("ok", False)
run("fails", True)
try:
    print("try only with finally")
finally:
    print("finally runs")
try:
    x = 1
except Exception:
    print("not printed")
else:
    print("else with value", x)
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally runs before outer except")
except KeyError as e:
    print("outer caught", repr(e))
def multiple(v):
    try:
        if v == 0:
            raise ZeroDivisionError("zero")
        if v == 1:
            raise TypeError("type")
        if v == 2:
            raise IndexError("index")
        return "no error"
    except ZeroDivisionError:
        return "zde"
    except (TypeError, ValueError) as e:
        return "type or value: " + str(e)
    except Exception as e:
        return "generic " + type(e).__name__
for v in range(4):
    print(v, multiple(v))
try:
    raise RuntimeError("bare")
except:
    print("bare except caught it")
def nested_else():
    try:
        pass
    except Exception:
        pass
    else:
        try:
            raise ValueError("from else")
        except ValueError as e:
            return "handled in else: " + str(e)
print(nested_else())
e_var = "before"
try:
    raise ValueError("x")
except ValueError as e_var:
    pass
try:
    print(e_var)
except NameError as err:
    print("except target is deleted afterwards:", err)
