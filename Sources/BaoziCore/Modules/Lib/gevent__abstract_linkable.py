"""gevent._abstract_linkable: the base of Event, AsyncResult and Semaphore.

An object that greenlets wait on keeps a list of links (callables, usually a waiting
greenlet's `switch`). When it becomes ready it schedules one notifier callback on the hub,
which calls the links in the order they were added, so waiters wake first come, first served.
"""

import sys
from greenlet import getcurrent
from gevent.hub import get_hub
from gevent.timeout import Timeout
from gevent.exceptions import InvalidSwitchError

__all__ = ["AbstractLinkable"]


class AbstractLinkable:
    """Links, a coalesced notifier, and the wait core shared by the waitable objects."""

    def __init__(self, hub=None):
        self._links = []
        # The hub callback that will notify the links (None when none is scheduled), and
        # the greenlets that arrived while it was pending: they wait their turn.
        self._notifier = None
        self._arrived = None
        # Event notifies everyone who was linked; Semaphore only while it is still ready.
        self._notify_all = True
        # Taken on first wait, so module-level objects do not make the hub.
        self.hub = hub

    def linkcount(self):
        return len(self._links)

    def ready(self):
        raise NotImplementedError

    def rawlink(self, callback):
        """Calls `callback(self)` in the hub once this object is ready."""
        if not callable(callback):
            raise TypeError("Expected callable: %r" % (callback,))
        self._links.append(callback)
        self._check_and_notify()

    def unlink(self, callback):
        """Removes a callback added by rawlink."""
        try:
            self._links.remove(callback)
        except ValueError:
            pass
        if not self._links and self._notifier is not None and self._notifier.pending:
            # Nothing left to notify: drop the queued notifier.
            self._notifier.stop()
            self._notifier = None
            self._arrived = None
        return self.hub

    def _check_and_notify(self):
        if self._notifier is None and self._links and self.ready():
            if self.hub is None:
                self.hub = get_hub()
            arrived = []
            self._arrived = arrived
            self._notifier = self.hub.loop.run_callback(self._notify_links, arrived)

    def _notify_link_list(self, links):
        """Calls the links present now (not those added meanwhile), each at most once."""
        if not links:
            return
        only_while_ready = not self._notify_all
        final_link = links[-1]
        done = set()
        while links:
            if only_while_ready and not self.ready():
                break
            link = links.pop(0)
            if id(link) not in done:
                done.add(id(link))
                try:
                    link(self)
                except BaseException:
                    # Errors must not escape into the hub's loop.
                    self.hub.handle_error((link, self), *sys.exc_info())
            if link is final_link:
                break

    def _notify_links(self, arrived_while_waiting):
        if self._arrived is not arrived_while_waiting:
            # A stale notifier (unlinked and rescheduled since).
            return
        try:
            self._notify_link_list(self._links)
            if arrived_while_waiting:
                self._notify_link_list(arrived_while_waiting)
                self._links.extend(arrived_while_waiting)
        finally:
            self._notifier = None
            self._arrived = None
        # A link may have made us ready again, with links still waiting.
        self._check_and_notify()

    def _quiet_unlink_all(self, obj):
        if obj is None:
            return
        self.unlink(obj)
        if self._arrived is not None:
            try:
                self._arrived.remove(obj)
            except ValueError:
                pass

    def _wait_to_be_notified(self, rawlink):
        resume = getcurrent().switch
        if rawlink:
            self.rawlink(resume)
        else:
            self._arrived.append(resume)
        try:
            self._switch_to_hub(self.hub)
            resume = None  # the notifier unlinked it
        finally:
            self._quiet_unlink_all(resume)

    def _switch_to_hub(self, hub):
        result = hub.switch()
        if result is not self:
            raise InvalidSwitchError("Invalid switch into %s.wait(): %r" % (type(self).__name__, result))

    def _wait_core(self, timeout, catch=Timeout):
        """Waits to be notified; False when `timeout` passed first."""
        with Timeout._start_new_or_dummy(timeout) as timer:
            try:
                self._wait_to_be_notified(True)
                return True
            except catch as ex:
                if ex is not timer:
                    raise
                return False

    def _wait_return_value(self, waited, wait_success):
        return None

    def _wait(self, timeout=None):
        if self.hub is None:
            self.hub = get_hub()
        if self.ready():
            result = self._wait_return_value(False, False)
            if self._notifier is not None:
                # Others are being woken right now: take our turn after them.
                self._wait_to_be_notified(False)
            return result
        gotit = self._wait_core(timeout)
        return self._wait_return_value(True, gotit)
