"""`lan`-scope discovery, inside two network namespaces this test creates (never the host's network).

    [ns victim] veth 10.77.0.1/24, default route via 10.77.0.2  <-->  [ns attacker] veth 10.77.0.2/24
                                                                            + 10.99.0.9/32 (outside the subnet)

The victim runs `twofold-cli --scope lan host` in its namespace; the attacker floods it with fake
announcements (fresh device ids) from 10.77.0.2 and from 10.99.0.9 and counts the unicast answers
(PROTOCOL.md §3.3: in `lan` an unknown device is answered at the datagram's source address and port).
Issue 16: answers at a bounded rate, never to a source outside the interface's subnet."""

import json
import os
import subprocess
import sys
import time

from advlib import RSS_LIMIT_MB, Cli, Fail, SetupError, Skip, figure, free_port, log

FLOODER = r'''
import json, os, socket, sys, time
dp, count, vid_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
socks = {}
for src in ("10.77.0.2", "10.99.0.9"):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((src, 0))
    s.setblocking(False)
    socks[src] = s
answers = {k: 0 for k in socks}
other = {k: 0 for k in socks}
vid = None
# Learn the victim's protocol version from its own announcements (it broadcasts to 10.77.0.255).
hear = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
hear.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
hear.bind(("0.0.0.0", dp))
hear.settimeout(0.1)
version = None
t_wait = time.monotonic() + 10
while version is None and time.monotonic() < t_wait:
    if vid is None and os.path.exists(vid_file):
        vid = open(vid_file).read().strip() or None
    try:
        o = json.loads(hear.recv(2048))
        if isinstance(o, dict) and vid and o.get("deviceId") == vid:
            version = o.get("version")
    except (socket.timeout, ValueError):
        pass
hear.close()
if version is None:
    print(json.dumps({"error": "never heard the victim announce"}))
    sys.exit(0)
time.sleep(2.3)  # the victim's start burst is over
def drain():
    global vid
    if vid is None and os.path.exists(vid_file):
        vid = open(vid_file).read().strip() or None
    for k, s in socks.items():
        for _ in range(1000):
            try:
                data = s.recv(2048)
            except BlockingIOError:
                break
            try:
                o = json.loads(data)
            except ValueError:
                continue
            if isinstance(o, dict) and o.get("deviceId") == vid:
                answers[k] += 1
            else:
                other[k] += 1
t0 = time.monotonic()
for i in range(count):
    src = "10.77.0.2" if i % 2 == 0 else "10.99.0.9"
    msg = json.dumps({"deviceId": os.urandom(32).hex(), "name": "Device %d" % i, "port": 40000 + i % 20000,
                      "version": version}).encode()
    try:
        socks[src].sendto(msg, ("10.77.0.1", dp))
    except OSError:
        pass
    if i % 100 == 99:
        time.sleep(0.03)
        drain()
end = time.monotonic() + 2.0
while time.monotonic() < end:
    drain()
    time.sleep(0.02)
print(json.dumps({"answers": answers, "other": other, "version": version,
                  "seconds": round(time.monotonic() - t0, 1)}))
'''


def _ip(*args, check=True):
    return subprocess.run(["ip"] + list(args), capture_output=True, timeout=10, check=check)


def _netns_available():
    if os.geteuid() != 0:
        return "needs root for ip netns"
    try:
        probe = "tfadvprobe%d" % os.getpid()
        r = _ip("netns", "add", probe, check=False)
        if r.returncode != 0:
            return "ip netns add failed: %s" % r.stderr.decode().strip()
        _ip("netns", "del", probe, check=False)
    except (OSError, subprocess.SubprocessError) as e:
        return "ip netns unavailable: %s" % e
    return None


def discovery_lan_amplifier(bindir, ws, count=10000, max_answers=200):
    """h2) lan scope in a namespace: 10,000 fake announcements, half from inside the subnet and half
    from an address outside it. Answers must be few, and none may go outside the subnet."""
    why = _netns_available()
    if why:
        raise Skip(why)
    tag = "%d" % (os.getpid() % 100000)
    nv, na = "tfadv%s-v" % tag, "tfadv%s-a" % tag
    vv, va = "tfv%s" % tag, "tfa%s" % tag
    for ns in (nv, na):
        _ip("netns", "add", ns)
        ws.on_cleanup(lambda ns=ns: _ip("netns", "del", ns, check=False))
    _ip("link", "add", vv, "type", "veth", "peer", "name", va)
    _ip("link", "set", vv, "netns", nv)
    _ip("link", "set", va, "netns", na)
    for ns, dev, addr in ((nv, vv, "10.77.0.1/24"), (na, va, "10.77.0.2/24")):
        _ip("-n", ns, "link", "set", "lo", "up")
        _ip("-n", ns, "addr", "add", addr, "dev", dev)
        _ip("-n", ns, "link", "set", dev, "up")
    _ip("-n", na, "addr", "add", "10.99.0.9/32", "dev", va)
    _ip("-n", nv, "route", "add", "default", "via", "10.77.0.2")
    dp, vport = 47913, free_port()  # inside our own namespace the default discovery port is ours
    vid_file = ws.path("victim-id")
    flooder = subprocess.Popen(["ip", "netns", "exec", na, sys.executable, "-c", FLOODER, str(dp), str(count),
                                vid_file], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ws.on_cleanup(lambda: flooder.poll() is None and flooder.kill())
    time.sleep(0.2)
    victim = Cli(ws, bindir, "Sam", ["host", "--yes"], port=vport, disc_port=dp, netns=nv, scope="lan")
    first = victim.wait_line(lambda o, r: isinstance(o, dict) and o.get("kind") == "listening", 10)
    vid = first[2].get("deviceId") if first else None
    if not vid:
        raise SetupError("setup: the victim printed no device id")
    with open(vid_file + ".tmp", "w") as f:
        f.write(vid)
    os.rename(vid_file + ".tmp", vid_file)
    rss0 = victim.rss_mb() or 0
    peak = rss0
    deadline = time.monotonic() + 30
    while flooder.poll() is None and time.monotonic() < deadline:
        peak = max(peak, victim.rss_mb() or 0)
        time.sleep(0.2)
    if flooder.poll() is None:
        flooder.kill()
    out, err = flooder.communicate(timeout=5)
    try:
        res = json.loads(out.decode().strip().splitlines()[-1])
        res["answers"]
    except (ValueError, IndexError, KeyError):
        raise SetupError("flooder failed: %r %r" % (out[-300:], err[-300:]))
    inside, outside = res["answers"]["10.77.0.2"], res["answers"]["10.99.0.9"]
    log("lan scope: %d fake announcements -> %d answers to 10.77.0.2 (in the subnet), %d to 10.99.0.9 (outside); "
        "victim RSS %.1f -> %.1f MB" % (count, inside, outside, rss0, peak))
    ok_in, ok_out, ok_rss = inside <= max_answers, outside == 0, peak < RSS_LIMIT_MB
    figure("h2.lan_answers_in_subnet", inside, "datagrams", "<= %d" % max_answers, ok_in, sent=count // 2)
    figure("h2.lan_answers_outside_subnet", outside, "datagrams", "0", ok_out, sent=count // 2)
    figure("h2.victim_rss_peak_lan_flood", round(peak, 1), "MB", "< 100", ok_rss, rss_start_mb=round(rss0, 1))
    victim.stop()
    problems = []
    if not ok_in:
        problems.append("%d answers to one in-subnet source" % inside)
    if not ok_out:
        problems.append("%d answers to a source outside the subnet" % outside)
    if not ok_rss:
        problems.append("victim grew to %.0f MB" % peak)
    if problems:
        raise Fail("lan discovery: " + "; ".join(problems))
