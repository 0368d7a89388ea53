"""The two partners of the suite: Alex (invites, hosts) and Sam (accepts), English and German unless the
run asks for other languages (run_e2e.py --languages fr,es).

Holds both processes for the whole run, saves a screenshot of the virtual screen after each stage,
and checks on every visited page that each focusable widget has an accessible name and that no text is
cut off (text_fits.py). Both windows are half of a 1366×768 screen, 683×768, the smallest window
Twofold promises to fit, at the largest font it promises (14 pt, twofold_process.FONT_POINTS).
"""

import os
import re
import shutil
import socket
import subprocess

import time

import atspi_tree
import text_fits
from atspi_events import EventLog
from twofold_process import TwofoldProcess

SCREEN = (1366, 768)  # the Xvfb screen run_e2e.py asks for; each window gets half of it


def free_udp_port():
    """A UDP port on 127.0.0.1 that nothing uses now: this run's private discovery port, so other tests'
    peers on the shared default port never show up in Nearby (and ours never in theirs)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Couple:
    def __init__(self, binary, source_dir, work_dir, screenshot_dir, languages=("en", "de")):
        self.work_dir = work_dir
        self.screenshot_dir = screenshot_dir
        os.makedirs(screenshot_dir, exist_ok=True)
        half = SCREEN[0] // 2
        size = (half, SCREEN[1])
        port = free_udp_port()
        self.events = EventLog()  # before the apps start: Qt sends only the events someone listens for
        atspi_tree.IDLE_HOOKS.append(self.events.pump)
        self.alex = TwofoldProcess(binary, source_dir, "Alex", languages[0], work_dir, (0, 0) + size, port)
        self.sam = TwofoldProcess(binary, source_dir, "Sam", languages[1], work_dir, (half, 0) + size, port)
        self.unnamed = {}  # "role at path" -> first checkpoint that saw it
        self.cut_off = {}  # (partner, finding key) -> (message, first checkpoint that saw it)
        self.fit_seconds = []  # how long each window's fit walk took
        self.soft_failures = []
        self.screenshots = 0

    def both(self):
        return (self.alex, self.sam)

    def other(self, partner):
        return self.sam if partner is self.alex else self.alex

    def start(self):
        for partner in self.both():
            partner.start()

    def stop(self):
        for partner in self.both():
            partner.stop()

    def checkpoint(self, where):
        """Looks at what both screens show now: every focusable widget must have a name, and no text may be
        cut off."""
        for partner in self.both():
            if partner.tree is None:
                continue
            for role, path in partner.tree.unnamed_focusables():
                key = "%s: %s at %s" % (partner.label, role, path)
                self.unnamed.setdefault(key, where)
            started = time.monotonic()
            for finding in text_fits.stable_findings(partner.tree.app, SCREEN):
                self.cut_off.setdefault((partner.label, finding.key), ("%s: %s" % (partner.label, finding.message),
                                                                       where))
            self.fit_seconds.append(time.monotonic() - started)

    def expect(self, condition, message):
        """A check whose failure fails the stage at its end, so the rest of the stage still runs."""
        if not condition:
            self.soft_failures.append(message)
        return condition

    def take_failures(self):
        failures, self.soft_failures = self.soft_failures, []
        offenders = ["%s (first seen: %s)" % (key, where) for key, where in self.unnamed.items()]
        self.unnamed = {}
        if offenders:
            failures.append("focusable widgets without an accessible name:\n  " + "\n  ".join(offenders))
        cut = ["%s (first seen: %s)" % (message, where) for message, where in self.cut_off.values()]
        self.cut_off = {}
        if cut:
            failures.append("%d text(s) cut off at %d pt in %d×%d:\n  " % (len(cut), self.alex.font_points, *self.alex.geometry[2:])
                            + "\n  ".join(cut))
        return failures

    def fit_walk_time(self):
        """(number of fit walks, their total seconds, the longest) since the last call."""
        times, self.fit_seconds = self.fit_seconds, []
        return len(times), sum(times), max(times, default=0.0)

    def screenshot(self, stage):
        """The whole virtual screen (both windows side by side) as <n>-<stage>.png."""
        self.screenshots += 1
        slug = re.sub(r"[^a-z0-9]+", "-", stage.lower()).strip("-")
        path = os.path.join(self.screenshot_dir, "%02d-%s.png" % (self.screenshots, slug))
        if shutil.which("import") is None:
            raise AssertionError("ImageMagick's `import` is missing (scripts/install-deps.sh installs it)")
        subprocess.run(["import", "-window", "root", path], check=True, timeout=30)
        return path
