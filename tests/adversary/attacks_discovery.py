"""Discovery is a hint, never an authority, and never an amplifier (issue 16 §1 last bullet, §2).

Loopback scope can be targeted directly: instances bind 0.0.0.0:<discovery port> with SO_REUSEADDR
and announce to 127.255.255.255 (PROTOCOL.md §3.2), accepting from 127.0.0.0/8. Every test uses a
private discovery port (--discovery-port), so nothing else on the machine hears the flood."""

import json
import os
import signal
import socket
import ssl
import threading
import time

from advlib import (LINK_LIMIT_S, RSS_LIMIT_MB, Cli, Fail, RelinkProbe, SetupError, figure, free_tcp_udp_port,
                    is_link_up, log, make_identity, pair_clis, paired_victim_alone, read_trusted, server_context)

BCAST = "127.255.255.255"


class Listener:
    """Hears every announcement on the discovery port (shared with the victims)."""

    def __init__(self, port):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self.sock.setsockopt(socket.SOL_SOCKET, 33, 16 * 1024 * 1024)  # SO_RCVBUFFORCE (root)
        except OSError:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
        self.sock.bind(("0.0.0.0", port))
        self.sock.settimeout(0.1)
        self.got = []  # (time, source address, parsed)
        self._stop = threading.Event()
        self._th = threading.Thread(target=self._run, daemon=True)
        self._th.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                data, src = self.sock.recvfrom(2048)
            except socket.timeout:
                continue
            except OSError:
                return
            try:
                obj = json.loads(data)
            except ValueError:
                continue
            if isinstance(obj, dict):
                self.got.append((time.monotonic(), src, obj))

    def from_device(self, device_id, after=0.0, before=1e18):
        return [g for g in list(self.got) if g[2].get("deviceId") == device_id and after <= g[0] <= before]

    def close(self):
        self._stop.set()
        self._th.join(1)
        self.sock.close()


def _sender(source):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    s.bind((source, 0))
    return s


def _announce(device_id, name, port, version):
    return json.dumps({"deviceId": device_id, "name": name, "port": port, "version": version},
                      separators=(",", ":")).encode()


def _partners(raw):
    try:
        return {p["deviceId"]: (p.get("lastAddress"), p.get("lastPort")) for p in json.loads(raw)["partners"]}
    except (ValueError, KeyError, TypeError):
        return {"<unreadable>": raw[:80] if raw else None}


def spoofed_partner_announcements(bindir, ws, count=2000):
    dp = free_tcp_udp_port()
    lis = Listener(dp)
    ws.on_cleanup(lis.close)
    victim, partner, vport = pair_clis(ws, bindir, dp)
    time.sleep(0.3)
    version = next((g[2].get("version") for g in list(lis.got) if isinstance(g[2].get("version"), int)), 1)
    tv0, tp0 = read_trusted(victim.profile), read_trusted(partner.profile)
    ids_v, ids_p = list(_partners(tv0)), list(_partners(tp0))
    if len(ids_v) != 1 or len(ids_p) != 1:
        raise SetupError("setup: unexpected trust stores %r / %r" % (tv0, tp0))
    partner_id, victim_id = ids_v[0], ids_p[0]
    # The attacker also listens, so a redirected dial would land here.
    evil = "127.0.0.66"
    trap = socket.socket()
    trap.bind((evil, 0))
    trap.listen(16)
    trap.settimeout(0.05)
    ws.on_cleanup(trap.close)
    aport = trap.getsockname()[1]
    s = _sender(evil)
    ws.on_cleanup(s.close)
    mtimes = set()
    t0 = time.monotonic()
    for i in range(count):
        if i % 2 == 0:
            s.sendto(_announce(partner_id, "Alex", aport, version), (BCAST, dp))
        else:
            s.sendto(_announce(victim_id, "Sam", aport, version), (BCAST, dp))
        if i % 50 == 49:
            for prof in (victim.profile, partner.profile):
                try:
                    mtimes.add((prof, os.stat(os.path.join(prof, "trusted.json")).st_mtime_ns))
                except OSError:
                    pass
            time.sleep(0.05)
    time.sleep(1.0)
    dials = 0
    for _ in range(20):
        try:
            c, _ = trap.accept()
            c.close()
            dials += 1
        except socket.timeout:
            break
    tv1, tp1 = read_trusted(victim.profile), read_trusted(partner.profile)
    pv0, pv1, pp0, pp1 = _partners(tv0), _partners(tv1), _partners(tp0), _partners(tp1)
    rewrites = len({m for m in mtimes}) - 2
    log("spoofed %d announcements in %.1f s from %s:%d" % (count, time.monotonic() - t0, evil, aport))
    log("victim's store: %r -> %r; partner's store: %r -> %r; about %d rewrites seen" % (pv0, pv1, pp0, pp1, rewrites))
    changed = int(pv0 != pv1) + int(pp0 != pp1)
    ok = changed == 0
    figure("h.trust_stores_redirected_by_spoofed_announcements", changed, "files", "0", ok, datagrams=count,
           victim_store=pv1, partner_store=pp1, rewrites_observed=max(0, rewrites), dials_to_attacker=dials,
           raw_bytes_changed=int(tv0 != tv1) + int(tp0 != tp1))
    victim.stop()
    partner.stop()
    lis.close()
    return ok, "spoofed announcements rewrote %d trust store(s) (%r / %r)" % (changed, pv1, pp1)


def announcement_flood(bindir, ws, count=10000, max_answers=200):
    dp = free_tcp_udp_port()
    lis = Listener(dp)
    ws.on_cleanup(lis.close)
    victim, pprof, vport, _ = paired_victim_alone(ws, bindir, disc_port=dp)
    first = victim.wait_line(lambda o, r: isinstance(o, dict) and o.get("kind") == "listening", 5)
    vid = first[2].get("deviceId") if first else None
    mine = lis.from_device(vid) if vid else []
    if not mine:
        raise SetupError("setup: the victim announced nothing on discovery port %d" % dp)
    version = mine[0][2].get("version", 1)
    time.sleep(2.3)  # the start burst (+0, +100 ms, +500 ms, +2 s) is over
    discover = Cli(ws, bindir, "Watcher", ["discover", "--timeout", "7"], profile=ws.path("profile-watcher"),
                   disc_port=dp)
    time.sleep(0.3)
    senders = [_sender("127.0.%d.%d" % (1 + i // 200, 1 + i % 200)) for i in range(20)]
    for s in senders:
        ws.on_cleanup(s.close)
    rss0 = victim.rss_mb() or 0
    peak = rss0
    probe = RelinkProbe(ws, bindir, pprof, vport, dp, 2.5, "remembered partner 2.5 s into the announcement flood")
    t0 = time.monotonic()
    for i in range(count):
        fake = os.urandom(32).hex()
        senders[i % len(senders)].sendto(_announce(fake, "Device %d" % i, 40000 + i % 20000, version), (BCAST, dp))
        if i % 100 == 99:
            time.sleep(0.03)
            if i % 1000 == 999:
                peak = max(peak, victim.rss_mb() or 0)
    t1 = time.monotonic()
    end = t1 + 2.0
    while time.monotonic() < end:
        peak = max(peak, victim.rss_mb() or 0)
        time.sleep(0.2)
    window = time.monotonic() - t0
    linked, why = probe.join(10)
    answers = len(lis.from_device(vid, after=t0))
    keepalives = int(window / 5.0) + 1 + 4  # keep-alives, and a burst should the victim send one
    discover.proc.wait(timeout=10) if discover.alive() else None
    listed = sum(1 for _, _, o in discover.snapshot() if isinstance(o, dict) and o.get("deviceId"))
    net = max(0, answers - keepalives)
    log("%d fake announcements in %.1f s -> the victim sent %d datagrams (%d keep-alives expected); "
        "discover listed %d devices; victim RSS %.1f -> %.1f MB" % (count, t1 - t0, answers, keepalives, listed,
                                                                   rss0, peak))
    ok_answers = net <= max_answers
    ok_rss = peak < RSS_LIMIT_MB
    figure("h.discovery_answers_to_10000_fake_announcements", net, "datagrams", "<= %d" % max_answers, ok_answers,
           raw_datagrams=answers, window_s=round(window, 1), discover_listed=listed)
    figure("h.victim_rss_peak_announcement_flood", round(peak, 1), "MB", "< 100", ok_rss, rss_start_mb=round(rss0, 1))
    ok_link = linked is not None and linked <= LINK_LIMIT_S
    figure("h.partner_link_during_announcement_flood", linked, "s", "<= 2", ok_link, partner=why)
    victim.stop()
    problems = []
    if not ok_answers:
        problems.append("the victim answered %d of %d fake announcements" % (net, count))
    if not ok_rss:
        problems.append("the victim grew to %.0f MB under the announcement flood" % peak)
    if not ok_link:
        problems.append("the remembered partner did not link within 2 s during the flood (%s)" % why)
    return not problems, "; ".join(problems)


class TlsTrap:
    """The attacker's TLS listener at the spoofed address: counts the dials that reach it (each one
    sees the attacker's own throwaway certificate, so a pinned client must refuse it)."""

    def __init__(self, ws, address):
        self.ident = make_identity(ws.path("trap-id"), "Mallory")
        self.sock = socket.socket()
        self.sock.bind((address, 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.dials = 0
        self._stop = threading.Event()
        self._th = threading.Thread(target=self._run, daemon=True)
        self._th.start()
        ws.on_cleanup(self.close)

    def _run(self):
        ctx = server_context(self.ident)
        while not self._stop.is_set():
            try:
                c, _ = self.sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            self.dials += 1
            try:
                c.settimeout(1.0)
                ctx.wrap_socket(c, server_side=True).close()
            except (OSError, ssl.SSLError):
                c.close()

    def close(self):
        self._stop.set()
        self._th.join(1)
        self.sock.close()


def spoof_during_outage(bindir, ws, count=600):
    """(3) The couple is in a session; the victim (guest) sleeps 8.5 s (SIGSTOP), and while the host
    redials, announcements with the victim's device id point it at the attacker. The host's stored
    address must not change, it must not tell its user the partner's identity changed, and it must
    relink with the real victim within 2 s of the wake-up."""
    dp = free_tcp_udp_port()
    lis = Listener(dp)
    ws.on_cleanup(lis.close)
    victim, partner, vport = pair_clis(ws, bindir, dp)
    partner.send({"type": "start", "flow": "conversation"})
    victim.wait_line(lambda o, r: isinstance(o, dict) and o.get("kind") == "event", 5)
    version = next((g[2].get("version") for g in list(lis.got) if isinstance(g[2].get("version"), int)), 1)
    tp0 = read_trusted(partner.profile)
    victim_id = list(_partners(tp0))[0]
    evil = "127.0.0.66"
    trap = TlsTrap(ws, evil)
    s = _sender(evil)
    ws.on_cleanup(s.close)
    n_before = len(partner.snapshot())
    os.kill(victim.pid, signal.SIGSTOP)
    t_stop = time.monotonic()
    try:
        partner.wait_line(lambda o, r: isinstance(o, dict) and o.get("kind") == "link" and o.get("up") is False,
                          7.0, after=t_stop)
        t_end = time.monotonic() + 2.5
        sent = 0
        while time.monotonic() < t_end and sent < count:
            s.sendto(_announce(victim_id, "Sam", trap.port, version), (BCAST, dp))
            sent += 1
            time.sleep(0.004)
    finally:
        os.kill(victim.pid, signal.SIGCONT)
    t_wake = time.monotonic()
    up = partner.wait_line(is_link_up, 6.0, after=t_wake)
    relinked = up[0] - t_wake if up else None
    time.sleep(0.3)
    tp1 = read_trusted(partner.profile)
    said = [raw[:200] for _, raw, o in partner.snapshot()[n_before:]
            if isinstance(o, dict) and o.get("kind") not in ("link", "event", "session-reset")]
    stored0, stored1 = _partners(tp0), _partners(tp1)
    log("spoofed %d announcements during an outage of %.1f s; attacker saw %d dial(s); host's store %r -> %r; "
        "host relinked %s after the wake-up; host said %r" % (sent, t_wake - t_stop, trap.dials, stored0, stored1,
                                                             "%.2f s" % relinked if up else "not within 6 s", said))
    ok_store = stored0 == stored1
    ok_link = relinked is not None and relinked <= LINK_LIMIT_S
    ok_said = not any("pin" in x or "identity" in x or "prove" in x for x in said)
    figure("h.host_store_redirected_during_outage", int(not ok_store), "files", "0", ok_store, datagrams=sent,
           host_store=stored1, dials_to_attacker=trap.dials)
    figure("h.host_relink_after_outage_with_spoofing", relinked, "s", "<= 2", ok_link)
    figure("h.host_told_identity_changed", int(not ok_said), "messages", "0", ok_said, host_said=said[:4])
    victim.stop()
    partner.stop()
    problems = []
    if not ok_store:
        problems.append("the host's stored address moved to the attacker during an outage (%r)" % (stored1,))
    if not ok_link:
        problems.append("the host did not relink within 2 s after the outage")
    if not ok_said:
        problems.append("the host told its user the partner's identity changed (%s)" % said[:2])
    return not problems, "; ".join(problems)


def discovery_spoof_and_flood(bindir, ws):
    """h) (1) 2,000 spoofed announcements carry the partner's (and the victim's) device id with the
    attacker's address while the couple is linked: neither trusted.json may change. (2) 10,000
    fake announcements with fresh ids from 20 addresses: the victim must not answer thousands.
    (3) the same spoof while the host redials during an outage."""
    results = [spoofed_partner_announcements(bindir, ws), announcement_flood(bindir, ws),
               spoof_during_outage(bindir, ws)]
    problems = [w for ok, w in results if not ok]
    if problems:
        raise Fail("; ".join(problems))
