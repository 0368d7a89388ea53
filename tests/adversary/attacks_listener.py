"""Attacks on the TLS listener (issue 16 §1, first bullet, and the sleeping laptop)."""

import os
import signal
import threading
import time

from advlib import (LINK_LIMIT_S, Fail, SetupError, client_hello_bytes, figure, free_tcp_udp_port, is_link_up, log,
                    make_identity, pair_clis, paired_victim_alone, relink_partner, tcp_connect)


def _check(figs):
    bad = [f for f in figs if not f[1]]
    if bad:
        raise Fail("; ".join(f[0] for f in bad))


def clienthello_burst(bindir, ws):
    """a) 80 TCP connections from one address, each sends the first bytes of a ClientHello and
    closes after ~1 s. The remembered partner must link within 2 s during and after the burst."""
    victim, pprof, vport, dp = paired_victim_alone(ws, bindir)
    hello = client_hello_bytes(make_identity(ws.path("mallory"), "Mallory"))
    partial = hello[: max(5, len(hello) // 3)]
    socks = []
    stop = threading.Event()
    opened = [0]

    def attack():
        for _ in range(80):
            try:
                s = tcp_connect(vport)
                s.sendall(partial)
                socks.append((time.monotonic(), s))
                opened[0] += 1
            except OSError:
                pass
        deadline = time.monotonic() + 5.0
        while socks and time.monotonic() < deadline and not stop.is_set():
            while socks and time.monotonic() - socks[0][0] >= 1.0:
                socks.pop(0)[1].close()
            time.sleep(0.02)
        for _, s in socks:
            s.close()

    th = threading.Thread(target=attack, daemon=True)
    th.start()
    time.sleep(0.15)
    queued = _accept_queue(vport)[0]
    during, why1 = relink_partner(ws, bindir, pprof, vport, dp, label="partner during the burst")
    th.join(6)
    stop.set()
    time.sleep(1.0)
    after, why2 = relink_partner(ws, bindir, pprof, vport, dp, label="partner 1 s after the burst")
    ok1 = during is not None and during <= LINK_LIMIT_S
    ok2 = after is not None and after <= LINK_LIMIT_S
    figure("a.partner_link_during_clienthello_burst", during, "s", "<= 2", ok1, connections=opened[0],
           accept_queue=queued,
           partial_bytes=len(partial), partner=why1)
    figure("a.partner_link_after_clienthello_burst", after, "s", "<= 2", ok2, partner=why2)
    _check([("partner did not link within 2 s during the burst (%s)" % why1, ok1),
            ("partner did not link within 2 s after the burst (%s)" % why2, ok2)])


def idle_tcp_burst(bindir, ws):
    """b) 60 plain idle TCP connections opened back to back, then closed."""
    victim, pprof, vport, dp = paired_victim_alone(ws, bindir)
    socks = []
    for _ in range(60):
        try:
            socks.append(tcp_connect(vport))
        except OSError:
            pass
    opened = len(socks)
    queued = _accept_queue(vport)[0]
    result = {}

    def during():
        result["during"] = relink_partner(ws, bindir, pprof, vport, dp, label="partner while 60 idle are open")

    th = threading.Thread(target=during, daemon=True)
    th.start()
    time.sleep(0.5)
    for s in socks:
        s.close()
    th.join(8)
    time.sleep(1.0)
    after, why2 = relink_partner(ws, bindir, pprof, vport, dp, label="partner 1 s after closing them")
    d, why1 = result.get("during", (None, "no result"))
    ok1 = d is not None and d <= LINK_LIMIT_S
    ok2 = after is not None and after <= LINK_LIMIT_S
    figure("b.partner_link_during_idle_burst", d, "s", "<= 2", ok1, connections=opened, accept_queue=queued,
           partner=why1)
    figure("b.partner_link_after_idle_burst", after, "s", "<= 2", ok2, partner=why2)
    _check([("partner did not link within 2 s with 60 idle connections open (%s)" % why1, ok1),
            ("partner did not link within 2 s after they closed (%s)" % why2, ok2)])


def _accept_queue(port):
    """(rx_queue, tx_queue) of the LISTEN socket on port; rx_queue is the accept queue's length."""
    try:
        with open("/proc/net/tcp") as f:
            next(f)
            for line in f:
                p = line.split()
                if p[3] == "0A" and int(p[1].split(":")[1], 16) == port:
                    tx, rx = p[4].split(":")
                    return int(rx, 16), int(tx, 16)
    except OSError:
        pass
    return None, None


def sleeping_laptop(bindir, ws, min_stop_s=20.0, max_stop_s=32.0, want_queued=35):
    """c) The victim (the guest, which listens) is SIGSTOPped during a live session while the
    partner (the host) redials by itself, for at least 20 s and until the kernel's accept queue holds
    35 stale redials (the issue: 30 wedge Qt's server), at most 32 s; after SIGCONT the partner must
    relink within 2 s."""
    dp = free_tcp_udp_port()
    victim, partner, vport = pair_clis(ws, bindir, dp)
    partner.send({"type": "start", "flow": "conversation"})
    if victim.wait_line(lambda o, r: isinstance(o, dict) and o.get("kind") == "event", 5) is None:
        raise SetupError("setup: no session started")
    os.kill(victim.pid, signal.SIGSTOP)
    t_stop = time.monotonic()
    log("victim stopped (pid %d)" % victim.pid)
    down = partner.wait_line(lambda o, r: isinstance(o, dict) and o.get("kind") == "link" and o.get("up") is False,
                             min_stop_s, after=t_stop)
    if down:
        log("partner saw the link go down %.1f s after the stop" % (down[0] - t_stop))
    while time.monotonic() - t_stop < max_stop_s:
        queued = _accept_queue(vport)[0] or 0
        if time.monotonic() - t_stop >= min_stop_s and queued >= want_queued:
            break
        time.sleep(0.1)
    queued = _accept_queue(vport)[0]
    stopped = time.monotonic() - t_stop
    os.kill(victim.pid, signal.SIGCONT)
    t_wake = time.monotonic()
    log("victim woken after %.1f s; its accept queue held %s connections" % (stopped, queued))
    up = partner.wait_line(is_link_up, 6.0, after=t_wake)
    relinked = up[0] - t_wake if up else None
    ok = relinked is not None and relinked <= LINK_LIMIT_S
    figure("c.partner_relink_after_wake", relinked, "s", "<= 2", ok, stopped_s=round(stopped, 1),
           accept_queue_at_wake=queued, link_down_after_s=round(down[0] - t_stop, 2) if down else None)
    if not ok:
        victim.dump(8)
        partner.dump(8)
        raise Fail("partner did not relink within 2 s of the wake-up after %.0f s asleep (%s)" %
                   (stopped, "%.2f s" % relinked if relinked is not None else "not within 6 s"))
