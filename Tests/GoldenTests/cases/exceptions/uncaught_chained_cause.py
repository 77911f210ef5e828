# An uncaught exception with an explicit cause (raise ... from ...).
class ConfigError(Exception):
    pass
def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key}") from e
settings = {"host": "localhost"}
print(load(settings, "host"))
try:
    load(settings, "user")
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__), "| same as context:", e.__cause__ is e.__context__)
load(settings, "port")
