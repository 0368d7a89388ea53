"""Shared pieces of the Twofold adversary suite.

Written from docs/PROTOCOL.md and issue 16 only (black box): hostile peers in plain Python 3
(stdlib: ssl, socket, subprocess, json, struct, hashlib), throwaway P-256 certificates made with
the openssl command line, and real twofold-cli victims with their own temporary profiles.

Network rule: everything here talks to 127.0.0.0/8 only (or inside a network namespace a test
creates itself). Every loop is bounded in count and in time.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time

from advbase import (ATTACKER_ADDR, LINK_LIMIT_S, RSS_LIMIT_MB, SKIP, Fail, SetupError, Skip, figure, log,
                     tcp_connect)
from wire import (Peer, check_test_vector, client_hello_bytes, frame, make_identity, pair_as_invitee,
                  server_context)

# Re-exported, so an attack imports everything from here.
__all__ = ["ATTACKER_ADDR", "LINK_LIMIT_S", "RSS_LIMIT_MB", "SKIP", "Fail", "SetupError", "Skip", "figure", "log",
           "tcp_connect", "Peer", "check_test_vector", "client_hello_bytes", "frame", "make_identity",
           "pair_as_invitee", "server_context", "Workspace", "free_port", "free_tcp_udp_port", "rss_mb", "Cli",
           "is_link_up", "is_kind", "cli_id", "pair_clis", "listening", "wait_listening", "read_trusted",
           "paired_python_guest", "read_events", "relink_partner", "paired_victim_alone", "RelinkProbe"]

# ----------------------------------------------------------------------------------------------
# Workspace, ports, processes


class Workspace:
    """A temporary directory plus every process / cleanup action a test started."""

    def __init__(self, name):
        self.dir = tempfile.mkdtemp(prefix="twofold-adv-%s-" % name)
        self._cleanups = []
        self.procs = []

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    def on_cleanup(self, fn):
        self._cleanups.append(fn)

    def close(self, keep=False):
        for fn in reversed(self._cleanups):
            try:
                fn()
            except Exception as e:  # cleanup must go on
                log("cleanup problem: %r" % (e,))
        for p in self.procs:
            p.stop()
        if not keep:
            shutil.rmtree(self.dir, ignore_errors=True)


def free_port(kind=socket.SOCK_STREAM):
    s = socket.socket(socket.AF_INET, kind)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def free_tcp_udp_port():
    """A port free for both TCP and UDP (used for the victim's private discovery port)."""
    for _ in range(50):
        p = free_port(socket.SOCK_DGRAM)
        try:
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.bind(("0.0.0.0", p))
            s.close()
            return p
        except OSError:
            continue
    raise RuntimeError("no free UDP port")


def rss_mb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        return None
    return None


class Cli:
    """A real twofold-cli process; stdout JSON lines are collected with arrival times."""

    def __init__(self, ws, bindir, name, command, profile=None, port=None, disc_port=None, extra=(),
                 netns=None, scope="loopback"):
        self.ws = ws
        self.name = name
        self.profile = profile or ws.path("profile-" + name)
        os.makedirs(self.profile, exist_ok=True)
        os.chmod(self.profile, 0o700)
        self.port = port
        argv = [os.path.join(bindir, "twofold-cli"), "--profile", self.profile, "--name", name,
                "--scope", scope]
        if port:
            argv += ["--port", str(port)]
        if disc_port:
            argv += ["--discovery-port", str(disc_port)]
        argv += list(command) + list(extra)
        if netns:
            argv = ["ip", "netns", "exec", netns] + argv
        env = dict(os.environ)
        env["TWOFOLD_NET_SCOPE"] = scope
        env["QT_QPA_PLATFORM"] = "offscreen"
        if disc_port:
            env["TWOFOLD_DISCOVERY_PORT"] = str(disc_port)
        self.stderr_path = ws.path("%s-%s.stderr" % (name, command[0]))
        self._stderr = open(self.stderr_path, "ab")
        self.lines = []  # (monotonic time, raw line, parsed json or None)
        self._lock = threading.Lock()
        self.started_at = time.monotonic()
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self._stderr, env=env, cwd=ws.dir)
        self.pid = self.proc.pid
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        ws.procs.append(self)

    def _read(self):
        for raw in self.proc.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            try:
                obj = json.loads(line)
            except ValueError:
                obj = None
            with self._lock:
                self.lines.append((time.monotonic(), line, obj))

    def snapshot(self):
        with self._lock:
            return list(self.lines)

    def send(self, obj_or_line):
        line = obj_or_line if isinstance(obj_or_line, str) else json.dumps(obj_or_line)
        try:
            self.proc.stdin.write((line + "\n").encode())
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            pass

    def wait_line(self, pred, timeout, after=0.0):
        """First collected line (time, raw, obj) after `after` (monotonic) for which pred(obj, raw)."""
        deadline = time.monotonic() + timeout
        while True:
            for t, raw, obj in self.snapshot():
                if t >= after and pred(obj, raw):
                    return (t, raw, obj)
            if time.monotonic() >= deadline or self.proc.poll() is not None and not self._reader.is_alive():
                for t, raw, obj in self.snapshot():
                    if t >= after and pred(obj, raw):
                        return (t, raw, obj)
                return None
            time.sleep(0.01)

    def alive(self):
        return self.proc.poll() is None

    def rss_mb(self):
        return rss_mb(self.pid)

    def stop(self, grace=1.0):
        if self.proc.poll() is None:
            try:
                os.kill(self.pid, signal.SIGCONT)
            except OSError:
                pass
            self.send({"type": "quit"})
            try:
                self.proc.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self.proc.terminate()
                try:
                    self.proc.wait(timeout=2)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=5)
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        self._reader.join(timeout=2)
        self._stderr.close()

    def dump(self, limit=40):
        lines = self.snapshot()
        log("--- %s stdout (%d lines, last %d) ---" % (self.name, len(lines), limit))
        for t, raw, _ in lines[-limit:]:
            log("    %s" % raw[:300])


def is_link_up(obj, raw):
    return isinstance(obj, dict) and obj.get("kind") == "link" and obj.get("up") is True


def is_kind(kind):
    return lambda obj, raw: isinstance(obj, dict) and obj.get("kind") == kind


def cli_id(bindir, ws, profile, name="Probe"):
    """Run `twofold-cli id` on a profile (creates its identity); returns the parsed JSON."""
    os.makedirs(profile, exist_ok=True)
    os.chmod(profile, 0o700)
    env = dict(os.environ, TWOFOLD_NET_SCOPE="loopback", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([os.path.join(bindir, "twofold-cli"), "--profile", profile, "--name", name,
                          "--scope", "loopback", "id"], capture_output=True, env=env, timeout=20)
    for line in out.stdout.decode().splitlines():
        try:
            return json.loads(line)
        except ValueError:
            continue
    raise RuntimeError("twofold-cli id printed nothing usable: %r %r" % (out.stdout, out.stderr))


# ----------------------------------------------------------------------------------------------
# Pairing two real CLIs (victim = `host --yes` listener, partner = `join --yes` inviter)


def pair_clis(ws, bindir, disc_port, victim_name="Sam", partner_name="Alex", timeout=15.0):
    vport = free_port()
    victim = Cli(ws, bindir, victim_name, ["host", "--yes"], port=vport, disc_port=disc_port)
    wait_listening(vport, 10)
    partner = Cli(ws, bindir, partner_name, ["join", "127.0.0.1:%d" % vport, "--yes"],
                  port=free_port(), disc_port=disc_port)
    up = partner.wait_line(is_link_up, timeout)
    if up is None:
        victim.dump()
        partner.dump()
        raise SetupError("setup: the two CLIs did not pair and link within %.0f s" % timeout)
    return victim, partner, vport


def relink_partner(ws, bindir, partner_profile, vport, disc_port, timeout=6.0, label="relink"):
    """Restart the remembered partner (`join 127.0.0.1:vport --yes`) and time its link.

    Returns seconds from the partner's start to {"kind":"link","up":true}, or None (then `why` says
    what the partner printed instead). The partner is stopped again afterwards."""
    t0 = time.monotonic()
    partner = Cli(ws, bindir, "Alex", ["join", "127.0.0.1:%d" % vport, "--yes"], profile=partner_profile,
                  port=free_port(), disc_port=disc_port)
    got = partner.wait_line(lambda o, r: is_link_up(o, r) or is_kind("pairing-failed")(o, r)
                            or is_kind("error")(o, r), timeout)
    elapsed = None
    why = "nothing within %.0f s" % timeout
    if got and is_link_up(got[2], got[1]):
        elapsed = got[0] - t0
        why = "linked"
    elif got:
        why = got[1][:200]
    partner.stop()
    log("%s: %s (%s)" % (label, "%.3f s" % elapsed if elapsed is not None else "no link", why))
    return elapsed, why


def paired_victim_alone(ws, bindir, disc_port=None):
    """A victim (`host --yes`) paired with a real partner CLI that then quit: the victim listens for
    its remembered partner. Returns (victim, partner profile, victim port, discovery port)."""
    dp = disc_port or free_tcp_udp_port()
    victim, partner, vport = pair_clis(ws, bindir, dp)
    partner.stop()
    # The victim (`host`) goes on listening for its remembered partner.
    time.sleep(0.3)
    if not victim.alive():
        raise SetupError("setup: victim exited after its partner quit")
    return victim, partner.profile, vport, dp


class RelinkProbe:
    """relink_partner() on a thread, `delay` seconds from now, while an attack runs in the caller."""

    def __init__(self, ws, bindir, partner_profile, vport, disc_port, delay, label):
        self.result = (None, "did not run")
        args = (ws, bindir, partner_profile, vport, disc_port)

        def run():
            time.sleep(delay)
            self.result = relink_partner(*args, label=label)

        self._th = threading.Thread(target=run, daemon=True)
        self._th.start()

    def join(self, timeout=10.0):
        self._th.join(timeout)
        return self.result


def listening(port, netns_pid=None):
    """True when some socket listens on TCP `port` (read from /proc/net/tcp: no connection made)."""
    path = "/proc/%d/net/tcp" % netns_pid if netns_pid else "/proc/net/tcp"
    try:
        with open(path) as f:
            next(f)
            for line in f:
                parts = line.split()
                if parts[3] == "0A" and int(parts[1].split(":")[1], 16) == port:
                    return True
    except OSError:
        pass
    return False


def wait_listening(port, timeout, netns_pid=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if listening(port, netns_pid):
            return True
        time.sleep(0.05)
    raise SetupError("nothing listens on port %d after %.0f s" % (port, timeout))


def read_trusted(profile):
    p = os.path.join(profile, "trusted.json")
    try:
        with open(p, "rb") as f:
            return f.read()
    except OSError:
        return None


# ----------------------------------------------------------------------------------------------
# A Python guest paired with a victim that is the session host (the victim invites us)


class GuestSetup:
    pass


def paired_python_guest(ws, bindir, disc_port, start_session=True, timeout=10.0):
    """Victim CLI `join`s a Python listener: the victim is the inviter, partner A, the host of the
    shared log; the Python peer is the invitee B (guest). Pairs through §7 and, if asked, has the
    victim start a conversation. Returns a GuestSetup (victim, peer, ident, sid, last_seq)."""
    g = GuestSetup()
    g.ident = make_identity(ws.path("guest-id"), "Mallory")
    vprof = ws.path("profile-Sam")
    cli_id(bindir, ws, vprof, "Sam")
    ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind(("127.0.0.1", 0))
    ls.listen(8)
    ws.on_cleanup(ls.close)
    g.port = ls.getsockname()[1]
    g.victim = Cli(ws, bindir, "Sam", ["join", "127.0.0.1:%d" % g.port, "--yes"], profile=vprof,
                   port=free_port(), disc_port=disc_port)
    ls.settimeout(timeout)
    try:
        raw, _ = ls.accept()
    except socket.timeout:
        g.victim.dump()
        raise SetupError("setup: the victim never dialled the Python guest")
    raw.settimeout(timeout)
    tls = server_context(g.ident, os.path.join(vprof, "cert.pem")).wrap_socket(raw, server_side=True)
    g.peer = Peer(tls, g.ident)
    ws.on_cleanup(g.peer.close)
    g.victim_hello = g.peer.hello(name="Mallory", port=g.port)
    if g.victim_hello is None:
        raise SetupError("setup: no hello from the victim")
    g.code = pair_as_invitee(g.peer, g.ident.digest, g.peer.peer_digest)
    g.peer.send({"type": "session-resume", "sessionId": "", "lastSeq": 0, "role": "guest"})
    g.sid = ""
    g.last_seq = 0
    if start_session:
        g.victim.send({"type": "start", "flow": "conversation"})
        read_events(g, 1, timeout)
        if g.last_seq < 1:
            g.victim.dump()
            raise SetupError("setup: the victim (host) started no session: %r" % g.peer.received[-5:])
    return g


def read_events(g, upto, timeout, ack=True):
    """Read the victim's session messages until its log reached `upto` (or timeout)."""
    deadline = time.monotonic() + timeout
    while g.last_seq < upto and time.monotonic() < deadline:
        m = g.peer.recv_type(("session-resume", "session-event", "error", "bye"), deadline - time.monotonic())
        if m is None:
            break
        t = m.get("type")
        if t == "session-resume" and m.get("sessionId"):
            g.sid = m["sessionId"]
        elif t == "session-event":
            ev = m.get("event") or {}
            if isinstance(ev.get("seq"), int) and ev["seq"] == g.last_seq + 1:
                g.last_seq = ev["seq"]
                if ack:
                    g.peer.send({"type": "session-ack", "seq": g.last_seq})
        elif t == "bye":
            break
    return g.last_seq

