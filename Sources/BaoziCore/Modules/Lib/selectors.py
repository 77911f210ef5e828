"""selectors: register file objects for events and wait on them (DefaultSelector)."""

from collections import namedtuple
import select as _select

EVENT_READ = 1
EVENT_WRITE = 2

SelectorKey = namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class BaseSelector:
    def __init__(self):
        self._keys = {}

    def _fd(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fd(fileobj), events, data)
        if key.fd in self._keys:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, key.fd))
        self._keys[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._keys.pop(self._fd(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def modify(self, fileobj, events, data=None):
        key = self.get_key(fileobj)
        if events != key.events or data != key.data:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        return key

    def get_key(self, fileobj):
        try:
            return self._keys[self._fd(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def get_map(self):
        return dict(self._keys)

    def select(self, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        readers = [fd for fd, key in self._keys.items() if key.events & EVENT_READ]
        writers = [fd for fd, key in self._keys.items() if key.events & EVENT_WRITE]
        if not readers and not writers:
            if timeout is None:
                return []
            _select.select([], [], [], timeout)
            return []
        r, w, _ = _select.select(readers, writers, [], timeout)
        r, w = set(r), set(w)
        ready = []
        for fd, key in self._keys.items():
            events = (EVENT_READ if fd in r else 0) | (EVENT_WRITE if fd in w else 0)
            if events & key.events:
                ready.append((key, events & key.events))
        return ready

    def close(self):
        self._keys.clear()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class SelectSelector(BaseSelector):
    pass


PollSelector = SelectSelector
DefaultSelector = SelectSelector
