"""One application's accessibility tree, seen and operated the way a screen reader does it.

Everything here goes through AT-SPI (Debian's python3-pyatspi): widgets are found by role and
accessible name, buttons are pressed through their accessible action, text is typed through the
EditableText interface. Every wait is a bounded poll of the tree; a failed wait says what it waited
for and dumps the part of the tree it looked at.
"""

import re
import time

import pyatspi
from gi.repository import Atspi, GLib

POLL_SECONDS = 0.05
DEFAULT_TIMEOUT = 10.0

BUTTON = pyatspi.ROLE_PUSH_BUTTON
CHECK_BOX = pyatspi.ROLE_CHECK_BOX
RADIO = pyatspi.ROLE_RADIO_BUTTON
TEXT = pyatspi.ROLE_TEXT
LABEL = pyatspi.ROLE_LABEL
LIST = pyatspi.ROLE_LIST
LIST_ITEM = pyatspi.ROLE_LIST_ITEM
COMBO = pyatspi.ROLE_COMBO_BOX
FRAME = pyatspi.ROLE_FRAME
DIALOG = pyatspi.ROLE_DIALOG
ALERT = pyatspi.ROLE_ALERT
FILLER = pyatspi.ROLE_FILLER

# AT-SPI raises these when an object disappears between two calls (Qt deletes rebuilt widgets).
GONE = (GLib.GError, RuntimeError, AttributeError)


class WaitTimeout(AssertionError):
    pass


def attempt(call, default=None):
    """The result of call(), or default when the object went away meanwhile."""
    try:
        return call()
    except GONE:
        return default


# Names inside sentences are isolated runs (U+2068 ... U+2069, so a right-to-left name cannot turn the
# sentence around it); a screen reader skips the two controls, and so do these checks.
_ISOLATES = {0x2068: None, 0x2069: None, 0x200E: None, 0x200F: None}


def name_of(acc):
    return (attempt(lambda: acc.name, "") or "").translate(_ISOLATES)


def role_of(acc):
    return attempt(lambda: acc.getRole(), None)


def role_name(role):
    return Atspi.role_get_name(role) if role is not None else "any widget"


def states_of(acc):
    state_set = attempt(lambda: acc.getState(), None)
    if state_set is None:
        return set()
    return {pyatspi.stateToString(s) for s in attempt(state_set.getStates, [])}


def children_of(acc):
    count = attempt(lambda: acc.childCount, 0) or 0
    kids = []
    for i in range(count):
        child = attempt(lambda: acc.getChildAtIndex(i))
        if child is not None:
            kids.append(child)
    return kids


def describe(acc):
    return "%s '%s'" % (attempt(acc.getRoleName, "?"), name_of(acc))


def actions_of(acc):
    action = attempt(acc.queryAction)
    if action is None:
        return []
    return [attempt(lambda: action.getName(i), "") for i in range(attempt(lambda: action.nActions, 0))]


def text_of(acc):
    """What a label or text field says: its Text interface when it has one, else its name."""
    text = None
    try:
        text = acc.queryText()
    except (NotImplementedError,) + GONE:
        text = None
    if text is not None:
        content = attempt(lambda: text.getText(0, -1))
        if content is not None:
            return content.translate(_ISOLATES)
    return name_of(acc)


def matches(acc, role, name):
    if role is not None and role_of(acc) != role:
        return False
    if name is None:
        return True
    actual = name_of(acc)
    if isinstance(name, re.Pattern):
        return name.search(actual) is not None
    if callable(name):
        return bool(name(actual))
    return actual == name


def walk(root, showing=True, parents=()):
    """Yields (accessible, parents) depth-first; hidden subtrees are skipped when showing is True.

    Each D-Bus call costs about 0.2 ms, so a walk asks each node only for its children and states;
    callers ask for roles and names, and path_of() describes the parents only when needed."""
    for child in children_of(root):
        if showing and "showing" not in states_of(child):
            continue
        yield child, parents
        yield from walk(child, showing, parents + (child,))


def path_of(acc, parents):
    return " > ".join(describe(node) for node in parents + (acc,))


def dump(root, showing=True, limit=400):
    lines = []
    for acc, parents in walk(root, showing):
        states = sorted(states_of(acc) & {"focusable", "focused", "enabled", "checked", "selected", "editable"})
        acts = actions_of(acc)
        lines.append("%s%s %s%s" % ("  " * len(parents), describe(acc), states, (" actions=%s" % acts) if acts else ""))
        if len(lines) >= limit:
            lines.append("…")
            break
    return "\n".join(lines)


IDLE_HOOKS = []  # called on every poll of a wait (atspi_events.EventLog.pump)


def idle(seconds):
    for hook in IDLE_HOOKS:
        hook()
    time.sleep(seconds)


class Tree:
    """The accessibility tree of one running application."""

    def __init__(self, app, label, tr):
        self.app = app
        self.label = label
        self.tr = tr  # English source text -> the text this application shows

    def _name(self, name):
        return self.tr(name) if isinstance(name, str) else name

    def find_all(self, role=None, name=None, within=None, showing=True):
        name = self._name(name)
        return [acc for acc, _ in walk(within or self.app, showing) if matches(acc, role, name)]

    def find(self, role=None, name=None, within=None, showing=True):
        found = self.find_all(role, name, within, showing)
        return found[0] if found else None

    def wait_until(self, probe, what, timeout=DEFAULT_TIMEOUT, within=None):
        """Polls probe() until it returns something truthy and returns that; fails with a dump."""
        deadline = time.monotonic() + timeout
        while True:
            for hook in IDLE_HOOKS:
                hook()
            value = attempt(probe)
            if value:
                return value
            if time.monotonic() > deadline:
                raise WaitTimeout("%s: waited %.1f s for %s. What it showed:\n%s"
                                  % (self.label, timeout, what, dump(within or self.app)))
            idle(POLL_SECONDS)

    def wait(self, role, name, timeout=DEFAULT_TIMEOUT, within=None, enabled=False):
        what = "%s named %r%s" % (role_name(role), self._name(name),
                                   " (enabled)" if enabled else "")

        def probe():
            for acc in self.find_all(role, name, within):
                if not enabled or "enabled" in states_of(acc):
                    return acc
            return None

        return self.wait_until(probe, what, timeout, within)

    def wait_gone(self, role, name, timeout=DEFAULT_TIMEOUT, within=None):
        self.wait_until(lambda: self.find(role, name, within) is None,
                        "%r to go away" % (self._name(name),), timeout, within)

    def wait_text(self, role, pattern, timeout=DEFAULT_TIMEOUT, within=None):
        """Waits for a widget whose name or text matches pattern (a regex or exact string)."""
        if isinstance(pattern, str):
            pattern = re.compile("^" + re.escape(self.tr(pattern)) + "$")

        def probe():
            for acc in self.find_all(role, None, within):
                if pattern.search(name_of(acc)) or pattern.search(text_of(acc) or ""):
                    return acc
            return None

        return self.wait_until(probe, "a %s saying /%s/" % (role_name(role), pattern.pattern), timeout, within)

    def do_action(self, role, name, action, timeout=DEFAULT_TIMEOUT, within=None):
        """Performs the named accessible action on an enabled widget, re-finding it until it works."""
        errors = []

        def probe():
            acc = self.wait(role, name, timeout, within, enabled=True)
            iface = acc.queryAction()
            names = [iface.getName(i) for i in range(iface.nActions)]
            if action not in names:
                errors.append("%s offers actions %s, not %r" % (describe(acc), names, action))
                return None
            try:
                return iface.doAction(names.index(action)) or True
            except GONE as error:
                errors.append("%s: %s" % (describe(acc), error))
                return None

        try:
            return self.wait_until(probe, "%r to accept the action %r" % (self._name(name), action), timeout, within)
        except WaitTimeout as error:
            raise WaitTimeout("%s\nErrors on the way: %s" % (error, errors[-3:])) from None

    def press(self, name, role=BUTTON, timeout=DEFAULT_TIMEOUT, within=None):
        self.do_action(role, name, "Press", timeout, within)

    def toggle(self, name, role=CHECK_BOX, timeout=DEFAULT_TIMEOUT, within=None):
        self.do_action(role, name, "Toggle", timeout, within)

    def type_text(self, name, text, role=TEXT, timeout=DEFAULT_TIMEOUT, within=None, append=False):
        """Sets (or appends to) a text field's content through the EditableText interface."""
        acc = self.wait(role, name, timeout, within, enabled=True)
        editable = acc.queryEditableText()
        if append:
            length = acc.queryText().characterCount
            ok = editable.insertText(length, text, len(text))
        else:
            ok = editable.setTextContents(text)
        if not ok:
            raise AssertionError("%s: %s refused the text %r" % (self.label, describe(acc), text))
        return acc

    def checked(self, acc):
        return "checked" in states_of(acc)

    def unnamed_focusables(self):
        """(role, path) of every showing, focusable widget that has no accessible name."""
        offenders = []
        for acc, parents in walk(self.app):
            if "focusable" in states_of(acc) and not name_of(acc).strip():
                role = attempt(acc.getRoleName, None)
                if role is None:
                    continue  # it went away while the tree was being read (a step's old form, deleted)
                offenders.append((role, path_of(acc, parents)))
        return offenders
