"""Errors, limits and reporting shared by every attack of the adversary suite."""

import json
import socket
import sys
import time

MB = 1024 * 1024
RSS_LIMIT_MB = 100
LINK_LIMIT_S = 2.0
SKIP = 77


class Skip(Exception):
    """The test cannot run here (e.g. no root for ip netns); ctest reports it as skipped."""


class Fail(AssertionError):
    """A promise of issue 16 was broken."""


class SetupError(Fail):
    """The attack could not even be set up (e.g. the victim no longer pairs as PROTOCOL.md says)."""


# Strangers come from their own loopback address, as another device on the network would; the
# real partner CLI connects from 127.0.0.1.
ATTACKER_ADDR = "127.0.0.5"


def tcp_connect(port, timeout=1.0, source=ATTACKER_ADDR, host="127.0.0.1"):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind((source, 0))
        s.settimeout(timeout)
        s.connect((host, port))
    except OSError:
        s.close()
        raise
    return s


def log(msg):
    sys.stdout.write("[%7.2f] %s\n" % (time.monotonic() - _T0, msg))
    sys.stdout.flush()


_T0 = time.monotonic()


def figure(name, value, unit, goal, ok, **details):
    """One machine-readable line per measured figure."""
    line = {"figure": name, "value": value, "unit": unit, "goal": goal, "ok": bool(ok)}
    line.update(details)
    sys.stdout.write("FIGURE " + json.dumps(line, sort_keys=True) + "\n")
    sys.stdout.flush()


