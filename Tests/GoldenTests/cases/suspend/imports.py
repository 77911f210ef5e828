# A module's top level runs during `import`: it may switch greenlets (a gevent wait at import
# time), and an error in it leaves no half-made module in sys.modules.
import sys
from mod_suspend import both


def fresh_import():
    sys.modules.pop("mod_waits_on_import", None)
    import mod_waits_on_import
    return mod_waits_on_import.value


def fresh_from_import():
    sys.modules.pop("mod_waits_on_import", None)
    from mod_waits_on_import import value
    return value


def failing_import():
    try:
        import mod_fails_on_import
    except ValueError as e:
        return "caught %s; in sys.modules: %s" % (e, "mod_fails_on_import" in sys.modules)


def cached_import():
    import mod_waits_on_import
    return mod_waits_on_import.value


both("import", fresh_import)
both("from import", fresh_from_import)
both("cached", cached_import)
both("failing", failing_import)
