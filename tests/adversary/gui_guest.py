"""6) A paired Python guest against a real host window (issue 16 §1 memory/replay, §3 "The host's log belongs to
the host", signal limits at the host).

Alex's window connects by address to a Python peer that accepts the invitation and pairs properly (§7; Alex
presses "Codes match"), so Alex hosts the log and the Python peer is guest B. Alex begins a conversation. Then:
  a) the guest floods signal intents (every catalogue signal, as fast as it can, 8 s);
  b) the guest claims lastSeq 2^53-1 and sends session-events by "A" (a forged topic), then one by "B";
  c) the guest repeats session-resume {lastSeq: 0} 3,000 times without reading.
What Alex's window shows is read through AT-SPI: at most 3 signal cards / Received entries per 10 s, never the
forged words, resident memory < 100 MB, AT-SPI answered within 100 ms throughout.
"""

import os
import re
import socket
import sys
import threading
import time

import guiadv
from guiadv import Fail, figure, log

SIGNALS = ["slow-down", "feeling-blamed", "just-listen", "take-back", "my-part", "agree-part", "start-over",
           "still-here", "thank-you", "care"]
FORGED = "FORGED-BY-GUEST"


def _rss_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return None


def test_paired_guest_floods(bindir, ws):
    from wire import Peer, make_identity, pair_as_invitee, server_context
    from atspi_tree import LABEL, TEXT
    alex = guiadv.make_window(ws, bindir, "Alex", guiadv.free_port(socket.SOCK_DGRAM))
    alex.start()
    guiadv.first_run(alex)
    ident = make_identity(ws.path("guest"), "Mallory")
    ls = socket.socket()
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind(("127.0.0.8", 0))
    ls.listen(4)
    ls.settimeout(20)
    ws.cleanups.append(ls.close)
    state = {"peer": None, "error": None, "paired": False}

    def accept_and_pair():
        try:
            raw, _ = ls.accept()
            raw.settimeout(10)
            tls = server_context(ident, os.path.join(alex.profile, "cert.pem")).wrap_socket(raw, server_side=True)
            p = Peer(tls, ident)
            state["peer"] = p
            p.hello(name="Mallory", port=ls.getsockname()[1])
            pair_as_invitee(p, ident.digest, p.peer_digest, timeout=20)
            p.send({"type": "session-resume", "sessionId": "", "lastSeq": 0, "role": "guest"})
            state["paired"] = True
        except Exception as error:
            state["error"] = repr(error)

    th = threading.Thread(target=accept_and_pair, daemon=True)
    th.start()
    alex.tree.type_text("Partner's address", "127.0.0.8:%d" % ls.getsockname()[1], role=TEXT)
    alex.tree.press("Connect")
    alex.tree.wait(LABEL, re.compile(r"^Pairing code \d{6}$"), timeout=10)
    alex.tree.press("Codes match")
    th.join(15)
    if not state["paired"]:
        raise Fail("setup: the Python guest did not pair with the window: %s" % state["error"])
    p = state["peer"]
    ws.cleanups.append(p.close)
    alex.tree.wait(LABEL, "Check in with yourself", timeout=10)
    alex.tree.press("Begin together")
    session = {"sid": "", "last": 0, "events": [], "rejects": {}}

    def handle(m):
        t = m.get("type")
        if t == "ping":
            p.send({"type": "pong", "t": m.get("t", 0), "at": int(time.time() * 1000)})
        elif t == "session-resume" and m.get("sessionId"):
            session["sid"] = m["sessionId"]
        elif t == "session-event":
            ev = m.get("event") or {}
            if ev.get("seq") == session["last"] + 1:
                session["last"] = ev["seq"]
                session["events"].append(ev)
                p.send({"type": "session-ack", "seq": session["last"]})
        elif t == "session-reject":
            session["rejects"][m.get("code")] = session["rejects"].get(m.get("code"), 0) + 1

    def pump(seconds, flood_until=0.0):
        """The guest's one socket loop (one thread only touches the TLS socket): reads and answers; while
        flood_until is ahead, sends a signal intent between reads."""
        end = time.monotonic() + seconds
        i = 0
        while time.monotonic() < end and i < 20000:
            if time.monotonic() < flood_until:
                intent = {"type": "signal", "by": "B", "signal": SIGNALS[i % len(SIGNALS)]}
                try:
                    p.send({"type": "session-intent", "id": os.urandom(8).hex(), "intent": intent})
                except OSError:
                    return
                i += 1
                sent[0] = i
            m = p.recv(0.003)
            while m is not None:
                handle(m)
                m = p.recv(0.001)

    sent = [0]
    pump(3)
    if not session["events"]:
        raise Fail("setup: no session-started event reached the guest")
    probe = guiadv.LatencyProbe(alex)
    rss0 = _rss_mb(alex.pid)

    # a) signal intent flood, 8 s, while the window is watched.
    cards = set()
    t0 = time.monotonic()
    ft = threading.Thread(target=pump, args=(9.5, t0 + 8), daemon=True)
    ft.start()
    polls = 0
    while time.monotonic() - t0 < 9 and polls < 300:
        polls += 1
        probe.once()
        for text in guiadv.texts(alex):
            if text.startswith("Signal from Mallory"):
                cards.add(text)
        time.sleep(0.1)
    ft.join(3)
    accepted = [e for e in session["events"] if e.get("type") == "signal"]
    rejects = dict(session["rejects"])
    log("signal intents sent %d in 8 s; accepted by the host %d (%r); refused %r; cards seen %r"
        % (sent[0], len(accepted), [e.get("signal") for e in accepted], rejects, sorted(cards)))

    # b) forged events after a claim of a huge log.
    if True:
        last = session["last"]
        p.send({"type": "session-resume", "sessionId": session["sid"], "lastSeq": 2 ** 53 - 1, "role": "guest"})
        for k, by in enumerate(("A", "A", "B")):
            p.send({"type": "session-event", "event": {"seq": last + 1 + k, "by": by, "at": int(time.time() * 1000),
                                                       "type": "flow-action", "action": "set-topic",
                                                       "fields": {"topic": "%s %d" % (FORGED, k)}}})
        p.send({"type": "session-resume", "sessionId": session["sid"], "lastSeq": session["last"], "role": "guest"})
    pump(1.5)
    forged_seen = guiadv.shows(alex, FORGED)
    forged_logged = [e for e in session["events"] if FORGED in str(e)]

    # c) session-resume {lastSeq: 0} again and again, never reading.
    peak = rss0
    t1 = time.monotonic()
    n = 0
    p.sock.settimeout(0.5)
    while time.monotonic() - t1 < 6 and n < 3000:
        try:
            p.send({"type": "session-resume", "sessionId": session["sid"], "lastSeq": 0, "role": "guest"})
        except (OSError, socket.timeout):
            break
        n += 1
        if n % 50 == 0:
            probe.once()
            peak = max(peak, _rss_mb(alex.pid) or 0)
    for _ in range(20):
        probe.once()
        peak = max(peak, _rss_mb(alex.pid) or 0)
        time.sleep(0.1)
    responsive = alex.tree.find(LABEL, re.compile(r".")) is not None
    worst = probe.worst()
    log("replay requests sent %d; RSS %.1f -> peak %.1f MB; AT-SPI worst %.1f ms" % (n, rss0, peak, worst))

    problems = []
    ok = len(accepted) <= 4 and len(cards) <= 4
    figure("gui6.signals_from_flood", len(accepted), "signals in 8 s", "<= 3 per 10 s (+1 slack)", ok,
           intents=sent[0], cards=sorted(cards), refusals=rejects)
    if not ok:
        problems.append("the host let %d signals through in 8 s (%d cards)" % (len(accepted), len(cards)))
    ok = not forged_seen and not forged_logged
    figure("gui6.forged_events_shown", int(forged_seen) + len(forged_logged), "events", "0", ok)
    if not ok:
        problems.append("the forged topic reached the host's screen or log")
    ok = peak < 100
    figure("gui6.host_rss_peak", round(peak, 1), "MB", "< 100", ok, before=round(rss0, 1), resumes=n)
    if not ok:
        problems.append("the host window grew to %.0f MB" % peak)
    ok = worst is not None and worst <= 100 and responsive
    figure("gui6.atspi_round_trip_worst", round(worst or -1, 1), "ms", "<= 100", ok, p99=round(probe.p99() or -1, 1))
    if not ok:
        problems.append("the window took %.0f ms to answer" % (worst or -1))
    if problems:
        raise Fail("; ".join(problems))


TESTS = {"paired_guest_floods": test_paired_guest_floods}

if __name__ == "__main__":
    sys.exit(guiadv.main(TESTS))
