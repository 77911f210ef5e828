# break and continue from inside except/else blocks: the loop's stack level and the handled
# exception are restored (run on both evaluators).
def bind(args, params):
    parameters = iter(params)
    arg_vals = iter(args)
    out = []
    while True:
        try:
            arg_val = next(arg_vals)
        except StopIteration:
            try:
                param = next(parameters)
            except StopIteration:
                break
            else:
                out.append(("rest", param))
                break
        else:
            try:
                param = next(parameters)
            except StopIteration:
                raise TypeError('too many positional arguments') from None
            else:
                out.append((param, arg_val))
    for p in list(parameters):
        out.append(("left", p))
    return out
print(bind([1], ["a", "b", "c"]))
print(bind([1, 2, 3], ["a", "b", "c"]))
try:
    bind([1, 2, 3, 4], ["a"])
except TypeError as e:
    print(e)
import sys
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError:
        if i == 1: continue
        if i == 2: break
print(i, sys.exc_info())
