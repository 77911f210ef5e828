# An uncaught KeyError (the message is the repr of the key).
config = {"host": "localhost", "port": 8080, ("a", 1): "tuple key"}
print("host:", config["host"])
def get_setting(name):
    return config[name]
print("port:", get_setting("port"))
print("tuple:", get_setting(("a", 1)))
for missing in ["user", 42, ("b", 2)]:
    try:
        get_setting(missing)
    except KeyError as e:
        print("caught KeyError:", e, "| args:", e.args)
print("get with default:", config.get("user", "nobody"))
print("user:", get_setting("user"))
