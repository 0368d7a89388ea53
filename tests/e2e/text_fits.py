"""Text that fits (issue 17 §5): a walk over one window's accessibility tree that finds text cut off.

What Qt 6.4 exposes decides what can be checked from outside the process:

- Objects with the AT-SPI Text interface (line edits, the statement field, the spin box): the first and
  the last character of the text that draws something (whitespace, zero-width and bidi controls skipped)
  are asked for their extents, `getCharacterExtents(i, DESKTOP_COORDS)`, and must lie inside the
  object's own component extents and inside what shows of its parent. A single-line field scrolls its
  text sideways under the cursor, so there only the vertical extent counts; a multi-line field scrolls
  vertically, so there only the horizontal extent counts (its lines wrap; nothing scrolls sideways).
- Labels (QLabel offers only the Image interface) and buttons, check boxes and radio buttons (no Text
  interface at all) say their text only as their accessible name: nothing tells where that text ends on
  the screen. For them, and every other showing object, the walk checks the object's own extents: they
  must lie inside its parent's (else it is cut there, text and all), and an object with a name or a
  Text must lie inside what shows of all its ancestors together (a parent can itself be cut by its
  own). Whether a label's text fits inside the label is the in-process TextFits audit's question
  (tests/app/TextFitsTest.cpp), which can ask QLabel for its heightForWidth().
- Scroll areas (an AT-SPI filler whose children are the viewport and, each in a container of its own,
  the scroll bars): the content may reach above and below the viewport when a vertical scroll bar shows
  (it scrolls there), never past its left or right edge, and a horizontal scroll bar that shows is
  itself a finding: no page may scroll sideways (reflow), so text there counts as cut off. The rows and
  columns of an item view (list, table, tree) scroll both ways and are not held to the view's edges.
- Each top-level window (the main window, a dialog) must lie inside the screen.

All comparisons allow 1 px for rounding. A finding must be seen twice, 300 ms apart, before it counts,
so a page in the middle of laying itself out does not fail the check.
"""

import time
import unicodedata

import pyatspi

from atspi_tree import attempt, children_of, describe, name_of, role_of, states_of

TOLERANCE = 1  # px, for rounding between device and logical coordinates
SETTLE_SECONDS = 0.3
SCROLL_BAR = pyatspi.ROLE_SCROLL_BAR
SINGLE_LINE_ROLES = {pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_PASSWORD_TEXT}
SKIPPED_ROLES = {pyatspi.ROLE_NOTIFICATION}  # the live region: 1×1 px, draws nothing


class Box:
    __slots__ = ("x", "y", "width", "height")

    def __init__(self, x, y, width, height):
        self.x, self.y, self.width, self.height = x, y, width, height

    @property
    def right(self):
        return self.x + self.width

    @property
    def bottom(self):
        return self.y + self.height

    def empty(self):
        return self.width <= 0 or self.height <= 0

    def overshoot(self, outer, horizontal=True, vertical=True):
        """{side: px} of how far this box reaches past `outer` on each side (beyond the tolerance)."""
        sides = {}
        if horizontal:
            sides["left"] = outer.x - self.x
            sides["right"] = self.right - outer.right
        if vertical:
            sides["top"] = outer.y - self.y
            sides["bottom"] = self.bottom - outer.bottom
        return {side: px for side, px in sides.items() if px > TOLERANCE}

    def __repr__(self):
        return "%d×%d at (%d, %d)" % (self.width, self.height, self.x, self.y)


def box_of(extents):
    return Box(extents.x, extents.y, extents.width, extents.height)


def extents_of(acc):
    component = attempt(acc.queryComponent)
    if component is None:
        return None
    extents = attempt(lambda: component.getExtents(pyatspi.DESKTOP_COORDS))
    return box_of(extents) if extents is not None else None


def shows_ink(char):
    """Whether a character draws something: not a space, not a control or format character (zero-width
    space, joiners, soft hyphen, bidi isolates and marks)."""
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf", "Zs", "Zl", "Zp")


def text_interface(acc):
    try:
        return acc.queryText()
    except NotImplementedError:
        return None
    except Exception:
        return None


def ink_ends(content):
    """Offsets of the first and the last character that draws something, or None for a text without any."""
    inked = [i for i, char in enumerate(content) if shows_ink(char)]
    if not inked:
        return None
    return (inked[0], inked[-1]) if inked[0] != inked[-1] else (inked[0],)


def sides(overshoot):
    return ", ".join("%d px %s" % (px, side) for side, px in sorted(overshoot.items()))


def label_of(acc, content=None):
    text = content if content is not None else name_of(acc)
    text = " ".join(text.split())
    return "%r" % (text[:60] + ("…" if len(text) > 60 else ""))


class Finding:
    """One piece of cut-off text: a stable key (for seeing it again) and what to tell."""

    def __init__(self, key, message):
        self.key = key
        self.message = message


def _check_text(acc, role, box, visible, where, key, findings):
    """Checks the first and last inked character of acc's Text (if it has one) against its own box and
    against what shows of its parent (the parent's box within its ancestors', scrolling taken into account)."""
    text = text_interface(acc)
    if text is None:
        return
    content = attempt(lambda: text.getText(0, -1))
    ends = ink_ends(content) if content else None
    if ends is None:
        return
    # Qt 6.4 gives a line edit neither "single line" nor "multi line" (pyatspi's names); text edits say
    # "multi line".
    multi_line = "multi line" in states_of(acc) and role not in SINGLE_LINE_ROLES
    single_line = not multi_line
    for offset in ends:
        extents = attempt(lambda: text.getCharacterExtents(offset, pyatspi.DESKTOP_COORDS))
        if extents is None:
            continue
        char_box = Box(*extents) if isinstance(extents, tuple) else box_of(extents)
        if char_box.empty():
            continue  # Qt gives no box for a character it has not laid out
        which = "first" if offset == ends[0] and len(ends) == 2 else "last"
        for outer, outer_name in ((box, "its own extents"), (visible, "what shows of its parent")):
            over = char_box.overshoot(outer, horizontal=not single_line, vertical=not multi_line)
            if over:
                findings.append(Finding(
                    key + (which, outer_name),
                    "the %s character %r of %s in a %s (%s) lies outside %s (%s) by %s: %s"
                    % (which, content[offset], label_of(acc, content), role_name_of(acc), char_box, outer_name,
                       outer, sides(over), where)))
                break  # outside its own extents says it; its parent's adds nothing


def role_name_of(acc):
    return attempt(acc.getRoleName, "?")


def _scroll_bars(area):
    """The directions ("vertical", "horizontal") in which `area` shows a scroll bar: a Qt scroll area keeps
    each bar in a container child of its own, beside the viewport."""
    found = set()
    for container in children_of(area):
        for bar in children_of(container):
            if role_of(bar) == SCROLL_BAR and "showing" in states_of(bar):
                bar_box = extents_of(bar)
                if bar_box is not None and not bar_box.empty():
                    found.add("vertical" if bar_box.height > bar_box.width else "horizontal")
    return found


class _Path:
    """Where an object is, written out only when a finding needs it (each name costs a D-Bus call)."""

    def __init__(self, nodes):
        self.nodes = nodes

    def __str__(self):
        """The named nodes and the object itself (unnamed fillers and panes say nothing to a reader)."""
        shown = []
        for node in self.nodes[:-1]:
            role = role_of(node)
            if name_of(node).strip() or role not in (pyatspi.ROLE_FILLER, pyatspi.ROLE_LAYERED_PANE,
                                                      pyatspi.ROLE_PANEL):
                shown.append(describe(node))
        return " > ".join(shown + [describe(self.nodes[-1])])


ITEM_VIEWS = {pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE}
UNBOUNDED = 1 << 30


def _limit(box):
    """box as (left, top, right, bottom)."""
    return (box.x, box.y, box.right, box.bottom)


def _free(limit, free):
    """limit (left, top, right, bottom) unbounded on the sides in `free`."""
    return tuple((-UNBOUNDED if index < 2 else UNBOUNDED) if side in free else value
                 for index, (side, value) in enumerate(zip(("left", "top", "right", "bottom"), limit)))


def _intersect(a, b):
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


def _as_box(limit):
    return Box(limit[0], limit[1], limit[2] - limit[0], limit[3] - limit[1])


def _bounded(limit):
    return "×".join("∞" if abs(value) >= UNBOUNDED else str(value) for value in limit)


def check_window(app, screen):
    """Findings for every top-level window of `app` (an AT-SPI application) on a screen of (width, height)."""
    findings = []
    screen_box = Box(0, 0, screen[0], screen[1])
    for index, window in enumerate(children_of(app)):
        if "showing" not in states_of(window):
            continue
        box = extents_of(window)
        if box is None:
            continue
        over = box.overshoot(screen_box)
        if over:
            findings.append(Finding(("window", index), "%s (%s) reaches past the screen by %s"
                                    % (describe(window), box, sides(over))))
        visible = _intersect(_limit(box), _limit(screen_box))
        _walk(window, box, visible, (window,), (index,), findings)
    return findings


def _walk(acc, box, visible, parents, key, findings):
    """Checks the showing children of `acc`. box: acc's extents; visible: the part of acc that can be seen
    (its box within all its ancestors', unbounded where a scroll area scrolls); parents ends with acc."""
    free = None  # sides on which acc's children may reach past it (a scroll area scrolls there)
    if role_of(acc) in ITEM_VIEWS:
        free = ("top", "bottom", "left", "right")  # rows and columns scroll, and their views exposes no bars
    for index, child in enumerate(children_of(acc)):
        if "showing" not in states_of(child):
            continue
        role = role_of(child)
        if role is None:
            continue
        child_key = key + (index,)
        where = _Path(parents + (child,))
        if role == SCROLL_BAR:
            bar_box = extents_of(child)
            if bar_box is not None and bar_box.width > bar_box.height and role_of(acc) not in ITEM_VIEWS:
                findings.append(Finding(child_key, "a page scrolls sideways (a horizontal scroll bar shows, %s): %s"
                                        % (bar_box, where)))
            continue
        if role in SKIPPED_ROLES:
            continue
        child_box = extents_of(child)
        if child_box is None or child_box.empty():
            continue
        over = child_box.overshoot(box)
        if over and free is None:
            # acc may be a scroll area's viewport: its content may then be taller than it (never wider).
            bars = _scroll_bars(parents[-2]) if len(parents) >= 2 else set()
            free = ("top", "bottom") if "vertical" in bars else ()
        passes = free or ()
        limit = _free(visible, passes)  # where the child can be seen, scrolling taken into account
        over = {side: px for side, px in over.items() if side not in passes}
        text = None
        if over:
            text = name_of(child)
            findings.append(Finding(
                child_key, "a %s %s (%s) reaches past its parent (%s) by %s: %s"
                % (role_name_of(child), label_of(child, text) if text.strip() else "without a name", child_box, box,
                   sides(over), where)))
        else:
            hidden = child_box.overshoot(_as_box(limit))
            if hidden:
                text = name_of(child)
                if text.strip() or text_interface(child) is not None:
                    findings.append(Finding(
                        child_key, "a %s %s (%s) is cut off by %s at the edge of what shows of its parents (%s): %s"
                        % (role_name_of(child), label_of(child, text), child_box, sides(hidden), _bounded(limit),
                           where)))
        _check_text(child, role, child_box, _as_box(limit), where, child_key, findings)
        _walk(child, child_box, _intersect(limit, _limit(child_box)), parents + (child,), child_key, findings)
def stable_findings(app, screen):
    """The findings seen twice, SETTLE_SECONDS apart (a page that is still laying itself out is not cut)."""
    first = check_window(app, screen)
    if not first:
        return []
    time.sleep(SETTLE_SECONDS)
    again = {finding.key: finding for finding in check_window(app, screen)}
    return [again[finding.key] for finding in first if finding.key in again]
