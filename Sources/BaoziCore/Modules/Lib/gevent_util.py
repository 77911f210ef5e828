"""gevent.util: small helpers around greenlets (wrap_errors)."""

__all__ = ["wrap_errors"]


class wrap_errors:
    """Calls a function and returns the exceptions listed (a class or a tuple of classes)
    instead of raising them: for greenlets whose failure is an expected result."""

    def __init__(self, errors, func):
        self.__errors = errors
        self.__func = func
        # A Greenlet's name comes from its function: keep the wrapped one's.
        self.__name__ = getattr(func, "__name__", "wrap_errors")

    def __call__(self, *args, **kwargs):
        func = self.__func
        try:
            return func(*args, **kwargs)
        except self.__errors as ex:
            return ex

    def __str__(self):
        return str(self.__func)

    def __repr__(self):
        return repr(self.__func)

    def __getattr__(self, name):
        return getattr(self.__func, name)
