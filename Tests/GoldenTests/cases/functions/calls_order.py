# Evaluation order of calls and arguments.
log = []
def v(x):
    log.append(x)
    return x
def f(*args, **kwargs):
    return args, kwargs
f(v(1), v(2), k=v(3))
print("argument order:", log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print("dict display order:", log)
log.clear()
v(10) + v(20) * v(30)
print("binary op order:", log)
log.clear()
lst = [v(1), v(2)]
lst[v(0)] = v("assigned")
print("subscript assignment order:", log)
log.clear()
def get_fn():
    log.append("fn")
    return f
get_fn()(v("arg"))
print("callee before args:", log)
log.clear()
x = v(1) if v(True) else v(2)
print("conditional:", log)
log.clear()
a = b = v("chained")
print("chained assignment evaluates once:", log)
log.clear()
class Obj:
    def method(self, a):
        log.append("method")
        return a
def get_obj():
    log.append("obj")
    return Obj()
get_obj().method(v("x"))
print("method call order:", log)
