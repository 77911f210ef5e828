"""gevent.exceptions: the errors the hub raises."""


class LoopExit(Exception):
    """Raised in the greenlet that waits when nothing is left that could ever wake it."""

    @property
    def hub(self):
        return self.args[1] if len(self.args) > 1 else None

    def __repr__(self):
        if len(self.args) == 3:
            return "%s(%r)" % (type(self).__name__, self.args[0])
        return Exception.__repr__(self)

    def __str__(self):
        if len(self.args) >= 2:
            text = "%s\n\tHub: %s" % (self.args[0], self.args[1])
            if len(self.args) == 3:
                text += "\n\tHandles:\n%s" % (self.args[2],)
            return text
        return Exception.__str__(self)


class BlockingSwitchOutError(AssertionError):
    pass


class InvalidSwitchError(AssertionError):
    pass


class ConcurrentObjectUseError(AssertionError):
    pass


class InvalidThreadUseError(RuntimeError):
    pass


class HubDestroyed(BaseException):
    pass
