"""Peers that write and never read (issue 16 §1, "Memory is bounded per connection")."""

import socket
import ssl
import threading
import time

from advlib import (LINK_LIMIT_S, RSS_LIMIT_MB, Fail, Peer, RelinkProbe, SetupError, figure, frame, free_tcp_udp_port,
                    log, make_identity, paired_python_guest, paired_victim_alone, read_events)

FLOOD_S = 15.0          # how long a flood may run at most
ABORT_MB = 200.0        # the promise is broken long before; stop so the machine is not hurt


class RssWatch:
    def __init__(self, cli, period=0.1):
        self.cli = cli
        self.start = cli.rss_mb() or 0.0
        self.peak = self.start
        self.samples = []
        self.crossed = None  # seconds until RSS first reached the limit
        self._stop = threading.Event()
        self._t0 = time.monotonic()
        self._th = threading.Thread(target=self._run, args=(period,), daemon=True)
        self._th.start()

    def _run(self, period):
        while not self._stop.is_set():
            r = self.cli.rss_mb()
            if r is None:
                return
            self.samples.append((time.monotonic() - self._t0, r))
            if r >= RSS_LIMIT_MB and self.crossed is None:
                self.crossed = round(time.monotonic() - self._t0, 2)
            self.peak = max(self.peak, r)
            self._stop.wait(period)

    def stop(self):
        self._stop.set()
        self._th.join(2)


def flood_without_reading(peer, chunk, watch, seconds=FLOOD_S):
    """Write `chunk` again and again, never reading, until `seconds` passed, the victim closed the
    connection, or its memory passed ABORT_MB. Returns (bytes sent, how it ended)."""
    sock = peer.sock
    sock.settimeout(0.2)
    sent = 0
    deadline = time.monotonic() + seconds
    pending = chunk
    while time.monotonic() < deadline:
        if watch.peak > ABORT_MB:
            return sent, "victim above %.0f MB, flood stopped" % ABORT_MB
        try:
            n = sock.send(pending)
            sent += n
            pending = pending[n:] or chunk
        except (socket.timeout, ssl.SSLWantWriteError, ssl.SSLWantReadError):
            continue
        except (ssl.SSLError, OSError) as e:
            return sent, "victim closed the connection (%s)" % type(e).__name__
    return sent, "flood ran its %.0f s" % seconds


def stranger_ping_flood(bindir, ws):
    """d) A stranger with a throwaway certificate sends hello, then pings forever without reading."""
    victim, pprof, vport, dp = paired_victim_alone(ws, bindir)
    ident = make_identity(ws.path("mallory"), "Mallory")
    peer = Peer.connect(ident, vport, rcvbuf=4096)
    ws.on_cleanup(peer.close)
    if peer.hello(name="Mallory") is None:
        raise SetupError("setup: no hello from the victim")
    ping = frame({"type": "ping", "t": 1700000000000})
    watch = RssWatch(victim)
    probe = RelinkProbe(ws, bindir, pprof, vport, dp, 2.0, "remembered partner 2 s into the ping flood")
    t0 = time.monotonic()
    sent, how = flood_without_reading(peer, ping * 2000, watch)
    dur = time.monotonic() - t0
    linked, why = probe.join(10)
    time.sleep(0.3)
    watch.stop()
    log("sent %.1f MB of pings in %.1f s; %s; victim RSS %.1f -> peak %.1f MB" %
        (sent / 1e6, dur, how, watch.start, watch.peak))
    ok = watch.peak < RSS_LIMIT_MB
    ok_link = linked is not None and linked <= LINK_LIMIT_S
    figure("d.victim_rss_peak_stranger_ping_flood", round(watch.peak, 1), "MB", "< 100", ok,
           rss_start_mb=round(watch.start, 1), pings_sent=sent // len(ping), seconds=round(dur, 1), ended=how,
           victim_alive=victim.alive(), reached_100mb_after_s=watch.crossed)
    figure("d.partner_link_during_ping_flood", linked, "s", "<= 2", ok_link, partner=why)
    problems = []
    if not ok:
        problems.append("victim grew to %.0f MB (from %.0f MB) in %.1f s under a non-reading ping flood" %
                        (watch.peak, watch.start, dur))
    if not ok_link:
        problems.append("the remembered partner did not link within 2 s during the flood (%s)" % why)
    if problems:
        raise Fail("; ".join(problems))


def guest_resume_flood(bindir, ws, log_events=400):
    """e) A paired guest repeats session-resume {lastSeq: 0} without reading: each one may make the
    host replay its whole log."""
    dp = free_tcp_udp_port()
    g = paired_python_guest(ws, bindir, dp)
    for i in range(log_events):
        g.victim.send({"type": "flow-action", "action": "set-topic",
                       "fields": {"topic": "topic number %d of the host's own log" % i, "first": "me"}})
    read_events(g, log_events + 1, 15)
    log("host log has %d events (session %s)" % (g.last_seq, g.sid))
    if g.last_seq < 50:
        raise SetupError("setup: the host's log did not grow (%d events)" % g.last_seq)
    resume = frame({"type": "session-resume", "sessionId": g.sid, "lastSeq": 0, "role": "guest"})
    # Let our own receive buffer be small so the host's replies back up at once.
    try:
        g.peer.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    except OSError:
        pass
    watch = RssWatch(g.victim)
    t0 = time.monotonic()
    sent, how = flood_without_reading(g.peer, resume * 200, watch)
    dur = time.monotonic() - t0
    time.sleep(0.5)
    watch.stop()
    log("sent %d resumes in %.1f s; %s; host RSS %.1f -> peak %.1f MB" %
        (sent // len(resume), dur, how, watch.start, watch.peak))
    ok = watch.peak < RSS_LIMIT_MB
    figure("e.host_rss_peak_guest_resume_flood", round(watch.peak, 1), "MB", "< 100", ok,
           rss_start_mb=round(watch.start, 1), resumes_sent=sent // len(resume), log_events=g.last_seq,
           seconds=round(dur, 1), ended=how, victim_alive=g.victim.alive(),
           reached_100mb_after_s=watch.crossed)
    if not ok:
        raise Fail("host grew to %.0f MB (from %.0f MB) in %.1f s under repeated session-resume {lastSeq: 0}" %
                   (watch.peak, watch.start, dur))


def guest_ping_flood(bindir, ws):
    """e2) A paired guest (which no idle-stranger rule may close) sends pings without ever reading:
    the host must cap what it queues for it (issue 16: "cap every write buffer, stop answering a peer
    that does not read")."""
    dp = free_tcp_udp_port()
    g = paired_python_guest(ws, bindir, dp)
    try:
        g.peer.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    except OSError:
        pass
    ping = frame({"type": "ping", "t": 1700000000000})
    watch = RssWatch(g.victim)
    t0 = time.monotonic()
    sent, how = flood_without_reading(g.peer, ping * 2000, watch)
    dur = time.monotonic() - t0
    time.sleep(0.3)
    watch.stop()
    log("paired guest sent %.1f MB of pings in %.1f s; %s; host RSS %.1f -> peak %.1f MB" %
        (sent / 1e6, dur, how, watch.start, watch.peak))
    ok = watch.peak < RSS_LIMIT_MB
    figure("e2.host_rss_peak_guest_ping_flood", round(watch.peak, 1), "MB", "< 100", ok,
           rss_start_mb=round(watch.start, 1), pings_sent=sent // len(ping), seconds=round(dur, 1), ended=how,
           victim_alive=g.victim.alive(), reached_100mb_after_s=watch.crossed)
    if not ok:
        raise Fail("host grew to %.0f MB (from %.0f MB) in %.1f s under its paired guest's non-reading ping flood" %
                   (watch.peak, watch.start, dur))
