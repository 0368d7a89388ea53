"""Strangers against the pairing slot and the user's attention (issue 16 §1)."""

import threading
import time

from advlib import (LINK_LIMIT_S, Cli, Fail, Peer, RelinkProbe, SetupError, figure, free_port, free_tcp_udp_port,
                    is_kind, is_link_up, log, make_identity, wait_listening)


def idle_stranger_pairing_slot(bindir, ws):
    """f) A stranger sends hello and pings but never invites; the real partner's first pairing,
    started 1 s later while the stranger is still connected, must succeed within 2 s."""
    dp = free_tcp_udp_port()
    vport = free_port()
    Cli(ws, bindir, "Sam", ["host", "--yes"], port=vport, disc_port=dp)
    wait_listening(vport, 10)
    time.sleep(0.2)
    stranger = Peer.connect(make_identity(ws.path("mallory"), "Mallory"), vport)
    ws.on_cleanup(stranger.close)
    if stranger.hello(name="Mallory") is None:
        raise SetupError("setup: no hello from the victim")
    stop = threading.Event()
    state = {"closed_after": None}
    t_hello = time.monotonic()

    def keep_alive():
        last_ping = 0.0
        while not stop.is_set() and time.monotonic() - t_hello < 15:
            try:
                if time.monotonic() - last_ping >= 1.0:
                    stranger.send({"type": "ping"})
                    last_ping = time.monotonic()
                m = stranger.recv(0.2)
                if m is not None and m.get("type") == "ping":
                    stranger.send({"type": "pong", "t": m.get("t", 0), "at": int(time.time() * 1000)})
                if m is not None and m.get("type") in ("bye", "error"):
                    log("stranger got %r" % (m,))
            except OSError:
                state["closed_after"] = time.monotonic() - t_hello
                return
            if m is None and stranger.sock.fileno() < 0:
                return

    th = threading.Thread(target=keep_alive, daemon=True)
    th.start()
    time.sleep(1.0)
    t0 = time.monotonic()
    partner = Cli(ws, bindir, "Alex", ["join", "127.0.0.1:%d" % vport, "--yes"], port=free_port(), disc_port=dp)
    got = partner.wait_line(lambda o, r: is_link_up(o, r) or is_kind("pairing-failed")(o, r), 8.0)
    stop.set()
    th.join(3)
    elapsed = got[0] - t0 if got and is_link_up(got[2], got[1]) else None
    why = "paired and linked" if elapsed is not None else (got[1][:200] if got else "nothing within 8 s")
    ok = elapsed is not None and elapsed <= LINK_LIMIT_S
    log("partner's first pairing beside an idle stranger: %s" % why)
    figure("f.partner_first_pairing_beside_idle_stranger", elapsed, "s", "<= 2", ok, partner=why,
           stranger_closed_after_s=state["closed_after"])
    if not ok:
        raise Fail("the partner's first pairing did not succeed within 2 s beside an idle stranger (%s)" % why)


def invitation_flood(bindir, ws, seconds=20.0, one_device_s=10.0, max_surfaced=10, max_one_device=3):
    """g) One stranger (one address) invites again and again for 20 s: the first 10 s from one device
    id, then rotating through 20 fresh device ids. The victim's user declines every invitation it is
    shown. Counts the invitations the victim surfaces ({"kind":"invitation"} lines)."""
    dp = free_tcp_udp_port()
    vport = free_port()
    victim = Cli(ws, bindir, "Sam", ["host"], port=vport, disc_port=dp)
    wait_listening(vport, 10)
    # First the real partner pairs (the victim's user says yes twice), then quits: it will come back
    # as a remembered partner in the middle of the flood.
    partner = Cli(ws, bindir, "Alex", ["join", "127.0.0.1:%d" % vport, "--yes"], port=free_port(), disc_port=dp)
    for kind in ("invitation", "code"):
        if victim.wait_line(is_kind(kind), 10) is None:
            raise SetupError("setup: the victim showed no %s for its real partner" % kind)
        victim.send("yes")
    if partner.wait_line(is_link_up, 10) is None:
        raise SetupError("setup: the real partner did not pair")
    partner.stop()
    time.sleep(0.3)
    idents = [make_identity(ws.path("m%d" % i), "Mallory") for i in range(21)]
    stop = threading.Event()
    answered = [sum(1 for _, _, o in victim.snapshot() if isinstance(o, dict) and o.get("kind") == "invitation")]

    def decline_all():
        # the user: "no" to every invitation that reaches the screen
        while not stop.is_set():
            n = sum(1 for _, _, o in victim.snapshot() if isinstance(o, dict) and o.get("kind") == "invitation")
            while answered[0] < n:
                victim.send("no")
                answered[0] += 1
            time.sleep(0.02)

    th = threading.Thread(target=decline_all, daemon=True)
    th.start()
    probe = RelinkProbe(ws, bindir, partner.profile, vport, dp, 5.0, "remembered partner 5 s into the flood")
    t0 = time.monotonic()
    attempts = [0, 0]
    replies = {}
    k = 0
    while time.monotonic() - t0 < seconds and sum(attempts) < 3000:
        phase = 0 if time.monotonic() - t0 < one_device_s else 1
        ident = idents[0] if phase == 0 else idents[1 + k % 20]
        k += phase
        try:
            p = Peer.connect(ident, vport, timeout=2.0)
        except OSError:
            time.sleep(0.05)
            continue
        try:
            if p.hello(name="Mallory", timeout=2.0) is None:
                continue
            p.send({"type": "pair-invite", "name": "Mallory"})
            attempts[phase] += 1
            m = p.recv_type(("pair-accept", "pair-decline", "bye", "error"), 1.0)
            key = (m or {}).get("type", "none") + ":" + str((m or {}).get("reason", (m or {}).get("code", "")))
            replies[key] = replies.get(key, 0) + 1
        except OSError:
            pass
        finally:
            p.close()
    t_end = time.monotonic()
    time.sleep(0.5)
    stop.set()
    th.join(2)
    linked, why = probe.join(10)
    surfaced = [t for t, _, o in victim.snapshot()
                if isinstance(o, dict) and o.get("kind") == "invitation" and t >= t0]
    first = sum(1 for t in surfaced if t - t0 < one_device_s)
    total = sum(1 for t in surfaced if t <= t_end + 0.5)
    log("invitations sent %d (one device) + %d (20 devices); surfaced %d + %d; replies %r" %
        (attempts[0], attempts[1], first, total - first, replies))
    ok = total <= max_surfaced and first <= max_one_device
    figure("g.invitations_surfaced_in_20s", total, "invitations", "<= %d (<= %d from one declined device)" %
           (max_surfaced, max_one_device), ok, sent=sum(attempts), sent_one_device=attempts[0],
           surfaced_one_device=first, surfaced_rotating=total - first, replies=replies)
    ok_link = linked is not None and linked <= LINK_LIMIT_S
    figure("g.partner_link_during_invitation_flood", linked, "s", "<= 2", ok_link, partner=why)
    problems = []
    if not ok:
        problems.append("the victim surfaced %d invitations in %.0f s (%d of them from one device its user had "
                        "declined)" % (total, seconds, first))
    if not ok_link:
        problems.append("the remembered partner did not link within 2 s during the flood (%s)" % why)
    if problems:
        raise Fail("; ".join(problems))


def inviter_decline(bindir, ws):
    """l) (outside-5) A stranger invites, the victim's user accepts, then the stranger (the inviter)
    sends pair-decline, which only an invitee may send (PROTOCOL.md §4.3). The victim must not report
    "declined": it answers pair-cancel protocol-error, as for any message out of turn."""
    vport = free_port()
    victim = Cli(ws, bindir, "Sam", ["host", "--yes"], port=vport, disc_port=free_tcp_udp_port())
    wait_listening(vport, 10)
    mallory = Peer.connect(make_identity(ws.path("mallory"), "Mallory"), vport)
    ws.on_cleanup(mallory.close)
    if mallory.hello(name="Mallory") is None:
        raise SetupError("setup: no hello from the victim")
    mallory.send({"type": "pair-invite", "name": "Mallory"})
    if mallory.recv_type("pair-accept", 5.0) is None:
        raise SetupError("setup: the victim did not accept the invitation")
    t0 = time.monotonic()
    mallory.send({"type": "pair-decline", "reason": "rejected"})
    cancel = mallory.recv_type("pair-cancel", 3.0)
    got = victim.wait_line(is_kind("pairing-failed"), 3.0, after=t0)
    code = got[2].get("code") if got else None
    answer = cancel.get("reason") if cancel else None
    ok = code == "protocol-error" and answer == "protocol-error"
    log("victim reported %r, answered pair-cancel %r" % (code, answer))
    figure("l.inviter_decline_reported_as", code, "code", "protocol-error", ok, answered=answer)
    if not ok:
        raise Fail("the inviter's pair-decline was reported as %r and answered %r (want protocol-error)"
                   % (code, answer))
