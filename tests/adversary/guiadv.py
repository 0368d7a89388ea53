"""Shared pieces of the GUI adversary tests (issue 16, seen from the window).

Hostile Python peers (tests/adversary/wire.py) against real `twofold` windows, read and driven only
through the AT-SPI tree (tests/e2e helpers). Black box: written from docs/PROTOCOL.md, the user guide and
issue 16, not from the implementation. Everything runs on 127.0.0.0/8 with `--scope loopback` and a private
discovery port; every loop is bounded in count and time; every process is ended by its own handle.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def _first_dir(*candidates):
    for path in candidates:
        if path and os.path.isfile(os.path.join(path, "atspi_tree.py")) or path and os.path.isfile(
                os.path.join(path, "wire.py")):
            return path
    return None


SOURCE_DIR = os.environ.get("TWOFOLD_SOURCE_DIR") or (
    os.path.dirname(os.path.dirname(HERE)) if os.path.isdir(os.path.join(HERE, "..", "e2e")) else os.getcwd())
E2E_DIR = _first_dir(os.path.join(HERE, "..", "e2e"), os.path.join(SOURCE_DIR, "tests", "e2e"))
ADV_DIR = _first_dir(HERE if os.path.isfile(os.path.join(HERE, "wire.py")) else None,
                     os.path.join(HERE, "..", "adversary"), os.path.join(SOURCE_DIR, "tests", "adversary"))
SKIP = 77
INSIDE = "TWOFOLD_GUIADV_INSIDE"
SYSTEM_PYTHON = "/usr/bin/python3"
ATTACKER = "127.0.0.5"


class Skip(Exception):
    pass


class Fail(AssertionError):
    pass


def log(msg):
    sys.stdout.write("[%7.2f] %s\n" % (time.monotonic() - _T0, msg))
    sys.stdout.flush()


_T0 = time.monotonic()


def figure(name, value, unit, goal, ok, **details):
    import json
    line = {"figure": name, "value": value, "unit": unit, "goal": goal, "ok": bool(ok)}
    line.update(details)
    sys.stdout.write("FIGURE " + json.dumps(line, sort_keys=True) + "\n")
    sys.stdout.flush()


def reexec_inside():
    """Runs the calling script again inside a private X display and D-Bus session (as run_e2e.py does)."""
    if os.environ.get(INSIDE) == "1":
        return
    for tool in ("xvfb-run", "dbus-run-session", "openssl"):
        if shutil.which(tool) is None:
            print("skip: %s is missing" % tool)
            sys.exit(SKIP)
    env = dict(os.environ, **{INSIDE: "1", "PYTHONDONTWRITEBYTECODE": "1"})
    command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24 -nolisten tcp", "dbus-run-session", "--",
               SYSTEM_PYTHON, os.path.abspath(sys.argv[0])] + sys.argv[1:]
    os.execvpe(command[0], command, env)


def setup_imports():
    if E2E_DIR is None or ADV_DIR is None:
        raise Skip("tests/e2e or tests/adversary helpers not found (set TWOFOLD_SOURCE_DIR)")
    for path in (E2E_DIR, ADV_DIR):
        if path not in sys.path:
            sys.path.insert(0, path)
    try:
        import pyatspi  # noqa: F401
    except ImportError as error:
        raise Skip("no pyatspi (%s)" % error)
    import pyatspi
    pyatspi.Registry.getDesktop(0)


def free_port(kind=socket.SOCK_STREAM):
    s = socket.socket(socket.AF_INET, kind)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_listening(port, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with open("/proc/net/tcp") as f:
            next(f)
            for line in f:
                parts = line.split()
                if parts[3] == "0A" and int(parts[1].split(":")[1], 16) == port:
                    return True
        time.sleep(0.05)
    raise Fail("nothing listens on port %d after %.0f s" % (port, timeout))


class Soft:
    """What steps.first_run() wants of a couple: expect() and checkpoint()."""

    def __init__(self):
        self.failures = []

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)
        return condition

    def checkpoint(self, where):
        pass


class Workspace:
    def __init__(self, name, keep=False):
        self.dir = tempfile.mkdtemp(prefix="twofold-guiadv-%s-" % name)
        self.keep = keep
        self.windows = []
        self.cleanups = []

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    def close(self, failed=False):
        for fn in reversed(self.cleanups):
            try:
                fn()
            except Exception as error:
                log("cleanup problem: %r" % (error,))
        for w in self.windows:
            try:
                if w.process is not None and w.process.poll() is None:
                    os.kill(w.pid, 18)  # SIGCONT, in case a test left it stopped
            except OSError:
                pass
            w.stop()
        if failed:
            for w in self.windows:
                log("---- last lines of %s's log\n%s" % (w.label, w.log_tail(25)))
        if not self.keep and not failed:
            shutil.rmtree(self.dir, ignore_errors=True)
        elif failed:
            log("kept %s" % self.dir)


def make_window(ws, bindir, label, discovery_port, port=None, language="en", slot=0):
    """A real `twofold` window (TwofoldProcess of tests/e2e) with its own profile, optionally a fixed --port."""
    from twofold_process import TwofoldProcess

    class Window(TwofoldProcess):
        def start(self):
            if self.fixed_port:
                original = self.binary
                wrapper = os.path.join(os.path.dirname(self.profile), "twofold-with-port")
                with open(wrapper, "w") as f:
                    f.write("#!/bin/sh\nexec '%s' --port %d \"$@\"\n" % (original, self.fixed_port))
                os.chmod(wrapper, 0o700)
                self.binary = wrapper
                try:
                    return TwofoldProcess.start(self)
                finally:
                    self.binary = original
            return TwofoldProcess.start(self)

    geometry = (slot * 960, 0, 950, 1040)
    w = Window(os.path.join(bindir, "twofold"), SOURCE_DIR, label, language, ws.dir, geometry, discovery_port)
    w.fixed_port = port
    ws.windows.append(w)
    return w


def first_run(w):
    import steps
    soft = Soft()
    steps.first_run(soft, w)
    if soft.failures:
        log("first run notes for %s: %s" % (w.label, soft.failures))


def device_id_of(bindir, profile, name):
    """Creates the profile's identity with `twofold-cli id` (before the window starts) and returns its id."""
    import json
    os.makedirs(profile, mode=0o700, exist_ok=True)
    env = dict(os.environ, TWOFOLD_NET_SCOPE="loopback", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([os.path.join(bindir, "twofold-cli"), "--profile", profile, "--name", name, "--scope",
                          "loopback", "id"], capture_output=True, env=env, timeout=20)
    for line in out.stdout.decode().splitlines():
        try:
            return json.loads(line)["deviceId"]
        except (ValueError, KeyError, TypeError):
            continue
    raise Fail("twofold-cli id printed nothing usable: %r" % (out.stdout[:200],))


def texts(w):
    """Every showing widget's name (and Text, for labels with one)."""
    from atspi_tree import name_of, text_of, walk
    out = []
    for acc, _ in walk(w.tree.app):
        n = name_of(acc)
        if n:
            out.append(n)
        t = text_of(acc)
        if t and t != n:
            out.append(t)
    return out


def shows(w, pattern):
    if isinstance(pattern, str):
        pattern = re.compile(re.escape(pattern))
    return any(pattern.search(t) for t in texts(w))


def pair_windows(alex, sam, timeout=15.0):
    """Alex invites Sam through Nearby, Sam accepts, both confirm the code: Alex hosts, Sam is the guest."""
    from atspi_tree import LIST, LIST_ITEM, LABEL, BUTTON, name_of, states_of
    nearby = alex.tree.wait(LIST, "Partners nearby")
    item = alex.tree.wait(LIST_ITEM, re.compile(r"^%s\b" % sam.label), timeout, within=nearby)
    if "selected" not in states_of(item):
        alex.tree.do_action(LIST_ITEM, re.compile(r"^%s\b" % sam.label), "Toggle", within=nearby)
    alex.tree.press("Invite")
    sam.tree.wait_text(LABEL, "“%s” would like to connect with you." % alex.label, timeout)
    sam.tree.press("Accept")
    codes = {}
    for me in (alex, sam):
        label = me.tree.wait(LABEL, re.compile(r"^Pairing code \d{6}$"), timeout)
        codes[me.label] = name_of(label)[-6:]
    if codes[alex.label] != codes[sam.label]:
        raise Fail("pairing codes differ: %r" % codes)
    alex.tree.press("Codes match")
    sam.tree.press("Codes match")
    for me in (alex, sam):
        me.tree.wait(LABEL, "Check in with yourself", timeout=timeout)


class LatencyProbe:
    """Asks a window a cheap AT-SPI question (the frame's child count, answered by the GUI thread) in a
    bounded loop, and keeps each round trip in ms."""

    def __init__(self, w):
        from atspi_tree import FRAME
        self.w = w
        self.frame = next(acc for acc in w.tree.app if acc.getRole() == FRAME)
        self.samples = []

    def once(self):
        t = time.perf_counter()
        try:
            _ = self.frame.childCount
            _ = self.frame.name
        except Exception:
            pass
        ms = (time.perf_counter() - t) * 1000.0
        self.samples.append(ms)
        return ms

    def run(self, seconds, every=0.02, extra=None):
        deadline = time.monotonic() + seconds
        n = 0
        while time.monotonic() < deadline and n < 20000:
            self.once()
            if extra:
                extra()
            n += 1
            time.sleep(every)

    def worst(self):
        return max(self.samples) if self.samples else None

    def p99(self):
        if not self.samples:
            return None
        s = sorted(self.samples)
        return s[min(len(s) - 1, int(len(s) * 0.99))]


def main(tests):
    """Runs the named tests (all when none): exit 0 pass, 1 fail, 77 skip."""
    import argparse
    reexec_inside()
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.environ.get("TWOFOLD_GUIADV_BIN",
                                                         os.path.join(SOURCE_DIR, "build", "default", "bin")))
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    try:
        setup_imports()
    except Skip as why:
        print("skip: %s" % why)
        return SKIP
    if not os.access(os.path.join(args.bin, "twofold"), os.X_OK):
        print("skip: no twofold binary in %s" % args.bin)
        return SKIP
    os.environ["TWOFOLD_NET_SCOPE"] = "loopback"
    names = args.names or list(tests)
    status = 0
    skipped = 0
    for name in names:
        ws = Workspace(name, args.keep)
        failed = False
        t0 = time.monotonic()
        log("==== %s" % name)
        try:
            tests[name](args.bin, ws)
            log("PASS %s (%.1f s)" % (name, time.monotonic() - t0))
        except Skip as why:
            log("SKIP %s: %s" % (name, why))
            skipped += 1
        except Exception as error:
            failed = True
            status = 1
            log("FAIL %s (%.1f s): %s" % (name, time.monotonic() - t0, str(error)[:3000]))
        finally:
            ws.close(failed)
    if status == 0 and skipped == len(names):
        return SKIP
    return status
