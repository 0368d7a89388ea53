"""What a screen reader hears from the two apps: the AT-SPI events they raise, recorded for the whole run.

Qt's bridge sends an event only while some client listens for it, so the log registers before the apps
start. libatspi delivers events from the GLib main loop: pump() runs it without blocking, and the tree's
waits call it every poll (atspi_tree.IDLE_HOOKS), so each event is looked at while its source still
exists.

  notifications  (window, text): an object with the notification role became showing. That is how the
                 app announces a change (its LiveRegion); Orca 43 speaks such an object when it shows.
  hidden_focus   (window, role, name): an object took the focus while not showing, which a screen
                 reader reads out although nothing on screen changed.
"""

import time

import pyatspi
from gi.repository import GLib

from atspi_tree import attempt, name_of, states_of

FRAME = pyatspi.ROLE_FRAME
NOTIFICATION = pyatspi.ROLE_NOTIFICATION


def window_of(acc, limit=40):
    """The name of the frame (window) acc lives in, or ''."""
    while acc is not None and limit > 0:
        if attempt(acc.getRole) == FRAME:
            return name_of(acc)
        acc = attempt(lambda: acc.parent)
        limit -= 1
    return ""


class EventLog:
    def __init__(self):
        self.started = time.monotonic()
        self.notifications = []  # (window, text, monotonic seconds)
        self.hidden_focus = []   # (window, role name, name)
        self._context = GLib.MainContext.default()
        pyatspi.Registry.registerEventListener(self._on_showing, "object:state-changed:showing")
        pyatspi.Registry.registerEventListener(self._on_focused, "object:state-changed:focused")

    def pump(self):
        while self._context.iteration(False):
            pass

    def settle(self, seconds):
        """Pumps for `seconds` (what is announced waits a moment after the change it tells)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.pump()
            time.sleep(0.02)

    def _on_showing(self, event):
        if not event.detail1 or attempt(event.source.getRole) != NOTIFICATION:
            return
        self.notifications.append((window_of(event.source), name_of(event.source), time.monotonic()))

    def _on_focused(self, event):
        if not event.detail1:
            return
        source = event.source
        if "showing" not in states_of(source):
            self.hidden_focus.append((window_of(source), attempt(source.getRoleName, "?"), name_of(source)))

    def heard(self, window):
        """What `window` announced, in order."""
        return [text for where, text, _ in self.notifications if where == window]

    def repeats(self, window, within=3.0):
        """Texts `window` announced twice in a row within `within` seconds: one change said twice."""
        twice = []
        last = None
        for where, text, at in self.notifications:
            if where != window:
                continue
            if last is not None and last[0] == text and at - last[1] < within:
                twice.append(text)
            last = (text, at)
        return twice
