# LEGB: local, enclosing, global, builtin.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer())
def reads_global():
    return x
print(reads_global())
def shadows_builtin():
    len = lambda s: "shadowed len"
    return len("abc")
print(shadows_builtin(), len("abc"))
max = lambda *a: "global max shadows builtin"
print(max(1, 2))
del max
print("after del, builtin again:", max(1, 2))
def uses_later_global():
    return later
later = "defined after the function"
print(uses_later_global())
def param_shadows(x):
    return x
print(param_shadows("param"), x)
def nested_levels():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            return a + b + c
        return l3()
    return l2()
print("three levels:", nested_levels())
import builtins
print("builtins module has len:", hasattr(builtins, "len"))
def local_only():
    v = "local"
    return "v" in locals(), "v" in globals()
print(local_only())
for_var = [0]
def modify_mutable_global():
    for_var.append(1)
    return for_var
print("mutating a global without 'global':", modify_mutable_global())
