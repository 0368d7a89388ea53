"""6b) A long replay into a real guest window (issue 16 §1 "A long replay does not freeze the window").

A Python host invites Sam's window (Sam accepts and confirms the code through AT-SPI), then hands Sam its
session log of 10,001 events (session-started, then 10,000 signals by "A", spaced 4 s apart in the past so
they obey the signal limits), in batches of at most 512 beyond Sam's acks (PROTOCOL §8.4). Promises checked
from the window: it answers AT-SPI within 100 ms while catching up, stays under 100 MB, shows no card for a
replayed signal, and then does show the card for one live signal (so the check can fail).
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


def _rss_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return None


def test_long_replay_into_window(bindir, ws, count=10000):
    from wire import Peer, make_identity, pair_as_inviter
    from atspi_tree import LABEL
    port = guiadv.free_port()
    sam = guiadv.make_window(ws, bindir, "Sam", guiadv.free_port(socket.SOCK_DGRAM), port=port)
    sam.start()
    guiadv.first_run(sam)
    guiadv.wait_listening(port, 10)
    ident = make_identity(ws.path("host"), "Mallory")
    p = Peer.connect(ident, port, timeout=5.0, source="127.0.0.9")
    ws.cleanups.append(p.close)
    state = {"error": None, "paired": False}

    def pair():
        try:
            p.hello(name="Mallory")
            pair_as_inviter(p, ident.digest, p.peer_digest, name="Mallory", timeout=20)
            state["paired"] = True
        except Exception as error:
            state["error"] = repr(error)

    th = threading.Thread(target=pair, daemon=True)
    th.start()
    sam.tree.wait_text(LABEL, "“Mallory” would like to connect with you.", 10)
    sam.tree.press("Accept")
    sam.tree.wait(LABEL, re.compile(r"^Pairing code \d{6}$"), timeout=10)
    sam.tree.press("Codes match")
    th.join(20)
    if not state["paired"]:
        raise Fail("setup: the Python host did not pair with the window: %s" % state["error"])

    now = int(time.time() * 1000)
    t_first = now - (count + 5) * 4000
    events = [{"seq": 1, "by": "A", "at": t_first, "type": "session-started", "flow": "conversation",
               "nameA": "Mallory", "nameB": "Sam"}]
    for k in range(count):
        events.append({"seq": k + 2, "by": "A", "at": t_first + 4000 * (k + 1), "type": "signal",
                       "signal": SIGNALS[k % len(SIGNALS)]})
    sid = os.urandom(8).hex()
    acked = [0]
    guest_resume = [None]

    def handle(m):
        t = m.get("type")
        if t == "ping":
            p.send({"type": "pong", "t": m.get("t", 0), "at": int(time.time() * 1000)})
        elif t == "session-ack" and isinstance(m.get("seq"), int):
            acked[0] = max(acked[0], m["seq"])
        elif t == "session-resume":
            guest_resume[0] = m
            if isinstance(m.get("lastSeq"), int) and m.get("sessionId") == sid:
                acked[0] = max(acked[0], m["lastSeq"])

    done = {"t": None, "sent": 0}
    t_start = [None]

    def host_loop(seconds):
        end = time.monotonic() + seconds
        p.send({"type": "session-resume", "sessionId": sid, "lastSeq": len(events), "role": "host"})
        nxt = 0
        while time.monotonic() < end:
            if guest_resume[0] is not None and guest_resume[0].get("sessionId") == sid:
                if t_start[0] is None:
                    t_start[0] = time.monotonic()
                    nxt = acked[0]
                while nxt < len(events) and nxt < acked[0] + 512:
                    p.send({"type": "session-event", "event": events[nxt]})
                    nxt += 1
                done["sent"] = nxt
            m = p.recv(0.005)
            while m is not None:
                handle(m)
                m = p.recv(0.001)
            if acked[0] >= len(events) and done["t"] is None:
                done["t"] = time.monotonic()
            if done["t"] is not None and time.monotonic() - done["t"] > 1.0:
                return

    ht = threading.Thread(target=host_loop, args=(45,), daemon=True)
    ht.start()
    probe = guiadv.LatencyProbe(sam)
    rss0 = _rss_mb(sam.pid)
    peak = rss0
    cards = set()
    polls = 0
    t0 = time.monotonic()
    while ht.is_alive() and polls < 2000 and time.monotonic() - t0 < 45:
        polls += 1
        probe.once()
        peak = max(peak, _rss_mb(sam.pid) or 0)
        if polls % 5 == 0:
            for text in guiadv.texts(sam):
                if text.startswith("Signal from Mallory"):
                    cards.add(text)
        time.sleep(0.03)
    ht.join(2)
    catch_up = (done["t"] - t_start[0]) if done["t"] and t_start[0] else None
    for text in guiadv.texts(sam):
        if text.startswith("Signal from Mallory"):
            cards.add(text)
    replay_cards = set(cards)
    worst = probe.worst()
    log("replayed %d events; acked %d; catch-up %s; RSS %.1f -> %.1f MB; AT-SPI worst %.1f ms p99 %.1f; cards %r"
        % (len(events), acked[0], "%.2f s" % catch_up if catch_up else "not finished", rss0, peak, worst or -1,
           probe.p99() or -1, sorted(replay_cards)[:3]))
    # One live signal now: its card must appear (the check above can fail).
    live = {"seq": len(events) + 1, "by": "A", "at": int(time.time() * 1000), "type": "signal", "signal": "care"}
    p.send({"type": "session-event", "event": live})
    live_card = None
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and live_card is None:
        m = p.recv(0.05)
        while m is not None:
            handle(m)
            m = p.recv(0.001)
        live_card = next((t for t in guiadv.texts(sam) if t.startswith("Signal from Mallory")), None)
    problems = []
    ok = acked[0] >= len(events)
    figure("gui6b.replay_acked", acked[0], "events", ">= %d" % len(events), ok,
           catch_up_s=round(catch_up, 2) if catch_up else None)
    if not ok:
        problems.append("Sam's window acked only %d of %d replayed events in 45 s" % (acked[0], len(events)))
    ok = worst is not None and worst <= 100
    figure("gui6b.atspi_round_trip_worst", round(worst or -1, 1), "ms", "<= 100", ok, p99=round(probe.p99() or -1, 1),
           samples=len(probe.samples))
    if not ok:
        problems.append("the window took %.0f ms to answer while catching up" % worst)
    ok = peak < 100
    figure("gui6b.guest_rss_peak", round(peak, 1), "MB", "< 100", ok, before=round(rss0, 1))
    if not ok:
        problems.append("the window grew to %.0f MB" % peak)
    ok = not replay_cards
    figure("gui6b.cards_for_replayed_signals", len(replay_cards), "cards", "0", ok, seen=sorted(replay_cards)[:3])
    if not ok:
        problems.append("replayed signals were shown as live cards: %r" % sorted(replay_cards)[:3])
    ok = live_card is not None
    figure("gui6b.card_for_live_signal", live_card, "card", "shown", ok)
    if not ok:
        problems.append("a live signal after the replay showed no card")
    if problems:
        raise Fail("; ".join(problems))


TESTS = {"long_replay_into_window": test_long_replay_into_window}

if __name__ == "__main__":
    sys.exit(guiadv.main(TESTS))
