"""The host's log and the wire contract (issue 16 §3 and §5)."""

import socket
import time

from advlib import (Cli, Fail, Peer, figure, free_port, free_tcp_udp_port, log, make_identity,
                    paired_python_guest, read_events, server_context, wait_listening)

MAX_SEQ = 2 ** 53 - 1


def _forged(seq, by, marker, now_ms):
    return {"type": "session-event", "event": {
        "seq": seq, "by": by, "at": now_ms, "type": "flow-action", "action": "set-topic",
        "fields": {"topic": marker, "first": "A"}}}


def forged_host_events(bindir, ws):
    """i) A paired guest claims lastSeq 2^53-1 in session-resume, then sends session-events marked
    by "A" (and one by "B"); later also without the claim. None may enter the host's log."""
    dp = free_tcp_udp_port()
    g = paired_python_guest(ws, bindir, dp)
    g.victim.send({"type": "flow-action", "action": "set-topic",
                   "fields": {"topic": "the host's topic", "first": "me"}})
    read_events(g, 2, 5)
    base = g.last_seq
    now = int(time.time() * 1000)
    g.peer.send({"type": "session-resume", "sessionId": g.sid, "lastSeq": MAX_SEQ, "role": "guest"})
    g.peer.send(_forged(base + 1, "A", "FORGED-BY-GUEST-1 (claimed lastSeq 2^53-1)", now))
    g.peer.send(_forged(base + 2, "A", "FORGED-BY-GUEST-2 (claimed lastSeq 2^53-1)", now))
    g.peer.send(_forged(base + 3, "B", "FORGED-BY-GUEST-3 (by B, as an event)", now))
    replies = []
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        m = g.peer.recv_type(("error", "session-event", "session-resume", "session-reject", "bye"),
                             deadline - time.monotonic())
        if m is None:
            break
        replies.append(m)
    # The same without the lastSeq claim: a plain session-event from the guest.
    g.peer.send({"type": "session-resume", "sessionId": g.sid, "lastSeq": base, "role": "guest"})
    g.peer.send(_forged(base + 1, "A", "FORGED-BY-GUEST-4 (no claim)", now))
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        m = g.peer.recv_type(("error", "session-event", "session-resume", "session-reject", "bye"),
                             deadline - time.monotonic())
        if m is None:
            break
        replies.append(m)
    g.victim.send({"type": "flow-action", "action": "set-topic", "fields": {"topic": "host-after", "first": "me"}})
    time.sleep(0.5)
    lines = g.victim.snapshot()
    forged = [raw for _, raw, o in lines
              if "FORGED-BY-GUEST" in raw and isinstance(o, dict) and o.get("kind") == "event"]
    after = [raw for _, raw, o in lines if "host-after" in raw]
    for raw in forged:
        log("host printed as applied: %s" % raw[:240])
    codes = [(m.get("type"), m.get("code")) for m in replies if m.get("type") in ("error", "bye", "session-reject")]
    log("replies to the forgery: %r" % (codes,))
    ok = not forged
    figure("i.forged_events_in_host_log", len(forged), "events", "0", ok, sent=4, replies=codes,
           host_still_orders=bool(after))
    if not ok:
        raise Fail("the host applied and printed %d event(s) its guest forged (e.g. %s)" %
                   (len(forged), forged[0][:160]))


def older_version_hello(bindir, ws):
    """k) A peer that says version 1 in hello must get a fatal error unsupported-version (issue 16 §5:
    the contract changed, so the version is 2): as a stranger dialling the victim, and when the
    victim dials it."""
    dp = free_tcp_udp_port()
    vport = free_port()
    Cli(ws, bindir, "Sam", ["host", "--yes"], port=vport, disc_port=dp)
    wait_listening(vport, 10)
    time.sleep(0.2)
    ident = make_identity(ws.path("old"), "Old Twofold")
    # 1. The old peer dials the victim.
    p = Peer.connect(ident, vport)
    ws.on_cleanup(p.close)
    theirs = p.hello(version=1, name="Old Twofold")
    victim_version = (theirs or {}).get("version")
    answer = p.recv_type(("error", "bye", "pair-invite"), 2.0)
    got1 = (answer or {}).get("code") if (answer or {}).get("type") == "error" else (answer or {}).get("type")
    ok1 = bool(answer) and answer.get("type") == "error" and answer.get("code") == "unsupported-version" \
        and answer.get("fatal") is True
    log("victim speaks version %r; our version-1 hello got %r" % (victim_version, answer))
    p.close()
    # 2. The victim dials the old peer (a `join` to a Python listener that says version 1).
    ls = socket.socket()
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind(("127.0.0.1", 0))
    ls.listen(4)
    ws.on_cleanup(ls.close)
    joiner = Cli(ws, bindir, "Sam2", ["join", "127.0.0.1:%d" % ls.getsockname()[1], "--yes"], port=free_port(),
                 disc_port=dp)
    ls.settimeout(8)
    got2, ok2, said = None, False, None
    try:
        raw, _ = ls.accept()
        raw.settimeout(5)
        q = Peer(server_context(ident).wrap_socket(raw, server_side=True), ident)
        ws.on_cleanup(q.close)
        q.hello(version=1, name="Old Twofold")
        a2 = q.recv_type(("error", "bye", "pair-invite"), 2.0)
        got2 = (a2 or {}).get("code") if (a2 or {}).get("type") == "error" else (a2 or {}).get("type")
        ok2 = bool(a2) and a2.get("type") == "error" and a2.get("code") == "unsupported-version"
        log("the victim dialling an old peer sent %r" % (a2,))
    except (socket.timeout, OSError) as e:
        got2 = "no connection (%s)" % type(e).__name__
    end = joiner.wait_line(lambda o, r: isinstance(o, dict) and o.get("kind") in ("pairing-failed", "error"), 3.0)
    said = end[1][:200] if end else None
    log("the dialling victim told its user: %s" % said)
    figure("k.old_peer_dials_victim", got1, "reply", "error unsupported-version (fatal)", ok1,
           victim_hello_version=victim_version)
    figure("k.victim_dials_old_peer", got2, "reply", "error unsupported-version", ok2, victim_said=said)
    if not (ok1 and ok2):
        raise Fail("a version-1 peer was not told unsupported-version (victim speaks version %r; replies: %r / %r)"
                   % (victim_version, got1, got2))
