# An uncaught error raised inside a function of an imported sibling module.
import mod_tb_helper
print(mod_tb_helper.safe_ratio(6, 3))
print(mod_tb_helper.safe_ratio(6, 0))
print(mod_tb_helper.ratio(9, 4))
try:
    mod_tb_helper.ratio(1, 0)
except ZeroDivisionError as e:
    print("caught from module:", e)
print("module name:", mod_tb_helper.__name__)
print("functions:", sorted([n for n in dir(mod_tb_helper) if not n.startswith("__")]))
print("now uncaught:")
print(mod_tb_helper.ratio(1, 0))
