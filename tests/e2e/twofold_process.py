"""One real `twofold` process with its own profile, found in the accessibility tree by its process id.

A partner's computer is simulated by a profile directory and a HOME of its own (so "Documents"
is a folder the suite controls). There is no window manager on the virtual screen, so the suite
places the top-level window itself (an X11 configure request) to put both windows side by side for
the screenshots.
"""

import os
import signal
import subprocess
import time

import pyatspi
from Xlib import X, display, protocol

from atspi_tree import FRAME, Tree, WaitTimeout, attempt, states_of
from translations import Translator

START_TIMEOUT = 20.0

# The largest desktop font Twofold promises to fit (issue 17 §5), set the way a user sets it: Debian's
# qt6ct platform theme, with the general and fixed fonts at 14 pt in its own settings file, and its
# palette and style left at the defaults (Fusion, the style's own palette), as without it.
FONT_POINTS = 14
QT6CT_CONF = """[Appearance]
custom_palette=false
standard_dialogs=default
style=Fusion

[Fonts]
fixed="DejaVu Sans Mono,{points},-1,5,400,0,0,0,0,0,0,0,0,0,0,1"
general="DejaVu Sans,{points},-1,5,400,0,0,0,0,0,0,0,0,0,0,1"

[Interface]
stylesheets=@Invalid()
"""


class TwofoldProcess:
    def __init__(self, binary, source_dir, label, language, work_dir, geometry, discovery_port):
        self.binary = binary
        self.discovery_port = discovery_port
        self.label = label
        self.language = language
        self.geometry = geometry
        self.profile = os.path.join(work_dir, label.lower(), "profile")
        self.home = os.path.join(work_dir, label.lower(), "home")
        self.documents = os.path.join(self.home, "Documents")
        self.log_path = os.path.join(work_dir, label.lower(), "stderr.log")
        for folder in (self.profile, self.documents):
            os.makedirs(folder, mode=0o700, exist_ok=True)
        self.tr = Translator(language, source_dir)
        self.font_points = FONT_POINTS
        self.process = None
        self.tree = None
        self.starts = 0

    @property
    def pid(self):
        return self.process.pid

    def environment(self):
        env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "QT_", "TWOFOLD_"))}
        runtime = os.path.join(self.home, "runtime")
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        config = os.path.join(self.home, ".config")
        os.makedirs(os.path.join(config, "qt6ct"), mode=0o700, exist_ok=True)
        with open(os.path.join(config, "qt6ct", "qt6ct.conf"), "w", encoding="utf-8") as handle:
            handle.write(QT6CT_CONF.format(points=FONT_POINTS))
        env.update({
            "HOME": self.home,
            "XDG_RUNTIME_DIR": runtime,
            "XDG_CONFIG_HOME": config,
            "QT_QPA_PLATFORM": "xcb",
            "QT_QPA_PLATFORMTHEME": "qt6ct",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "LANG": "C.UTF-8",
        })
        return env

    def start(self):
        """Starts the process and waits until its window is in the accessibility tree."""
        self.starts += 1
        args = [self.binary, "--profile", self.profile, "--scope", "loopback", "--language", self.language,
                "--discovery-port", str(self.discovery_port)]
        log = open(self.log_path, "a", encoding="utf-8")
        log.write("---- start %d: %s\n" % (self.starts, " ".join(args)))
        log.flush()
        self.process = subprocess.Popen(args, env=self.environment(), stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL)
        log.close()
        app = self._find_application()
        self.tree = Tree(app, self.label, self.tr)
        self.tree.wait_until(lambda: any(acc.getRole() == FRAME and "showing" in states_of(acc)
                                         for acc in app), "its main window", START_TIMEOUT)
        self._place()
        return self.tree

    def _place(self):
        """Moves and sizes the top-level window to self.geometry (x, y, width, height) and waits until Qt has it.

        The request is repeated while the window is elsewhere: a window that is just being shown may still
        apply its own first geometry after an early request."""
        x, y, width, height = self.geometry
        seen = []

        def placed():
            frame = next(acc for acc in self.tree.app if acc.getRole() == FRAME)
            extents = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            seen.append((extents.x, extents.y, extents.width, extents.height))
            if seen[-1] == (x, y, width, height):
                return True
            if len(seen) % 10 == 1:
                screen = display.Display()
                try:
                    self._top_level(screen).configure(x=x, y=y, width=width, height=height)
                    screen.sync()
                finally:
                    screen.close()
            return False

        try:
            self.tree.wait_until(placed, "its window at %s" % (self.geometry,), 5)
        except WaitTimeout as error:
            raise WaitTimeout("%s (it is at %s)" % (str(error).split(". What")[0], seen[-1:])) from None

    def _find_application(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError("%s exited with status %s at start; see %s"
                                     % (self.label, self.process.returncode, self.log_path))
            desktop = pyatspi.Registry.getDesktop(0)
            for app in desktop:
                if app is not None and attempt(app.get_process_id) == self.pid:
                    return app
            time.sleep(0.05)
        raise WaitTimeout("%s: no accessible application with process id %d after %.0f s (is the accessibility "
                          "bridge on?)" % (self.label, self.pid, START_TIMEOUT))

    def kill_hard(self):
        """kill -9: no chance to save anything."""
        os.kill(self.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self.tree = None

    def terminate_quietly(self):
        """SIGTERM, as a logout or shutdown sends it (SIGKILL follows only if it is still running)."""
        os.kill(self.pid, signal.SIGTERM)

    def activate(self):
        """Gives the main window the X input focus, as clicking into it would (there is no window manager), so
        that Qt's keyboard focus, and AT-SPI's `focused` state, exist in it."""
        screen = display.Display()
        try:
            window = self._top_level(screen)
            window.set_input_focus(X.RevertToParent, X.CurrentTime)
            screen.sync()
        finally:
            screen.close()

    def request_close(self):
        """Closes the window as a window manager does: a WM_DELETE_WINDOW message to the top-level window."""
        screen = display.Display()
        try:
            window = self._top_level(screen)
            protocols = screen.intern_atom("WM_PROTOCOLS")
            delete = screen.intern_atom("WM_DELETE_WINDOW")
            event = protocol.event.ClientMessage(window=window, client_type=protocols, data=(32, [delete, X.CurrentTime,
                                                                                                0, 0, 0]))
            window.send_event(event, event_mask=X.NoEventMask)
            screen.flush()
        finally:
            screen.close()

    def _top_level(self, screen):
        """The main window: mapped, this process's, titled with the partner's name. A process can have other
        mapped top-levels for a moment (a tooltip, a popup); a close sent to one of those is lost."""
        pid_atom = screen.intern_atom("_NET_WM_PID")
        name_atom = screen.intern_atom("_NET_WM_NAME")
        mapped = []
        for window in screen.screen().root.query_tree().children:
            pid = window.get_full_property(pid_atom, X.AnyPropertyType)
            if pid is None or pid.value[0] != self.pid:
                continue
            if window.get_attributes().map_state != X.IsViewable:
                continue
            title = window.get_full_property(name_atom, 0)
            text = title.value.decode("utf-8", "replace") if title is not None and isinstance(title.value, bytes) else ""
            if text.startswith(self.label):
                return window
            mapped.append(window)
        if mapped:
            return mapped[0]
        raise AssertionError("%s: no mapped window with _NET_WM_PID %d" % (self.label, self.pid))

    def wait_exit(self, timeout=10.0):
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise WaitTimeout("%s: still running %.0f s after it was asked to close" % (self.label, timeout))

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log_tail(self, lines=30):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as handle:
                return "".join(handle.readlines()[-lines:])
        except OSError:
            return ""
