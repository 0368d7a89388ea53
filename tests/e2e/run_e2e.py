#!/usr/bin/python3
"""Runs the end-to-end suite: two real `twofold` processes driven through the accessibility tree.

    /usr/bin/python3 tests/e2e/run_e2e.py --twofold build/default/bin/twofold

Starts itself again under `xvfb-run -a` and `dbus-run-session` (a private X display and session bus,
with the AT-SPI bus activated on it) unless it already runs inside them. Needs Debian's python3
(for python3-pyatspi), whatever other Python comes first on PATH.

Screenshots after each stage go to $TWOFOLD_E2E_SCREENSHOTS (default: <work dir>/screenshots).

When Debian's `orca` is installed, the screen reader runs beside the two apps for the whole run, with no
speech server (it speaks into its debug log), and what it said is written to <work dir>/orca-said.txt.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.dont_write_bytecode = True  # nothing of the run lands in the source tree

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.dirname(os.path.dirname(HERE))
INSIDE = "TWOFOLD_E2E_INSIDE"
SYSTEM_PYTHON = "/usr/bin/python3"


def parse():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--twofold", required=True, help="path of the twofold GUI binary")
    parser.add_argument("--work-dir", help="where profiles, logs and screenshots go (default: a new temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the work dir after a passing run")
    parser.add_argument("--languages", default="en,de",
                        help="Alex's and Sam's languages, comma-separated (default: en,de)")
    parser.add_argument("--until", help="stop after the stage whose class name contains this (e.g. CheckIn)")
    parser.add_argument("--only", help="comma-separated stage class names to run, in the suite's order (for working "
                                       "on one stage; later stages expect what earlier ones leave behind)")
    return parser.parse_args()


def reexec_inside(args):
    """Runs this script again inside a private X display and D-Bus session."""
    for tool in ("xvfb-run", "dbus-run-session"):
        if shutil.which(tool) is None:
            sys.exit("e2e: %s is missing; run scripts/install-deps.sh" % tool)
    env = dict(os.environ, **{INSIDE: "1", "PYTHONDONTWRITEBYTECODE": "1"})
    command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24 -nolisten tcp", "dbus-run-session", "--",
               SYSTEM_PYTHON, os.path.abspath(__file__)] + sys.argv[1:]
    os.execvpe(command[0], command, env)


def start_orca(run_dir):
    """Orca in this D-Bus session, speaking into its debug log; None when it is not installed."""
    if shutil.which("orca") is None:
        print("e2e: orca is not installed; no screen-reader transcript this run")
        return None
    home = os.path.join(run_dir, "orca-home")
    os.makedirs(home, exist_ok=True)
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"))
    log = os.path.join(run_dir, "orca-debug.log")
    process = subprocess.Popen(["orca", "--replace", "--user-prefs", os.path.join(home, "prefs"),
                                "--debug-file", log], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return process, log


def stop_orca(orca, work_dir):
    """Stops Orca and writes what it said, one utterance per line, to <work dir>/orca-said.txt."""
    if orca is None:
        return
    process, log = orca
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    said = []
    if os.path.exists(log):
        with open(log, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if "SPEECH OUTPUT: '" in line:
                    said.append(line.split("SPEECH OUTPUT: '", 1)[1].rsplit("'", 1)[0])
    transcript = os.path.join(work_dir, "orca-said.txt")
    with open(transcript, "w", encoding="utf-8") as handle:
        handle.write("\n".join(said) + "\n")
    print("e2e: Orca said %d thing(s); transcript in %s" % (len(said), transcript))


def main():
    args = parse()
    if os.environ.get(INSIDE) != "1":
        reexec_inside(args)
    try:
        import pyatspi  # Debian's python3-pyatspi
    except ImportError as error:
        sys.exit("e2e: cannot import pyatspi (%s); run with %s after scripts/install-deps.sh" % (error, SYSTEM_PYTHON))
    # Asking for the desktop activates the accessibility bus now, so the applications find it when they start.
    pyatspi.Registry.getDesktop(0)
    sys.path.insert(0, HERE)
    import stages

    binary = os.path.abspath(args.twofold)
    if not os.access(binary, os.X_OK):
        sys.exit("e2e: %s is not an executable" % binary)
    work_dir = os.path.abspath(args.work_dir) if args.work_dir else tempfile.mkdtemp(prefix="twofold-e2e-")
    os.makedirs(work_dir, exist_ok=True)
    run_dir = tempfile.mkdtemp(prefix="run-", dir=work_dir)
    screenshots = os.environ.get("TWOFOLD_E2E_SCREENSHOTS")
    if not screenshots:
        screenshots = os.path.join(work_dir, "screenshots")
        shutil.rmtree(screenshots, ignore_errors=True)  # only this run's pictures in the default folder
    languages = args.languages.split(",")
    if len(languages) != 2:
        sys.exit("e2e: --languages takes two codes, e.g. fr,es")
    stages.configure(binary, SOURCE_DIR, run_dir, screenshots, languages)

    suite = stages.suite(args.until, args.only.split(",") if args.only else None)
    orca = start_orca(run_dir)
    started = time.monotonic()
    try:
        result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    finally:
        stages.shutdown()
        stop_orca(orca, work_dir)
    elapsed = time.monotonic() - started
    print("e2e: %d stage(s) in %.1f s; screenshots in %s; profiles and logs in %s"
          % (result.testsRun, elapsed, screenshots, run_dir))
    if result.wasSuccessful() and not args.keep:
        shutil.rmtree(run_dir, ignore_errors=True)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
