"""The profile folder turned against its owner (issue 16 §4)."""

import os
import stat
import time

from advlib import (Cli, Fail, figure, free_port, free_tcp_udp_port, is_kind, is_link_up, log, wait_listening)


def _state(path):
    st = os.lstat(path)
    with open(path, "rb") as f:
        return f.read(), stat.S_IMODE(st.st_mode), st.st_mtime_ns


def profile_symlinks(bindir, ws):
    """j) trusted.json and twofold.log in the victim's profile are symlinks to files outside it. The
    victim pairs with a partner (which writes the trust store) and logs; the outside files must not
    change (content, mode)."""
    outside = ws.path("outside")
    os.makedirs(outside)
    targets = {
        "trusted.json": (os.path.join(outside, "precious.json"), b'{"version":1,"partners":[]}\n'),
        "twofold.log": (os.path.join(outside, "precious.log"), b"a file the attacker wants appended to\n"),
    }
    vprof = ws.path("profile-Sam")
    os.makedirs(vprof)
    os.chmod(vprof, 0o700)
    before = {}
    for name, (target, content) in targets.items():
        with open(target, "wb") as f:
            f.write(content)
        os.chmod(target, 0o644)
        os.symlink(target, os.path.join(vprof, name))
        before[name] = _state(target)
    dp = free_tcp_udp_port()
    vport = free_port()
    victim = Cli(ws, bindir, "Sam", ["host", "--yes"], profile=vprof, port=vport, disc_port=dp)
    wait_listening(vport, 10)
    partner = Cli(ws, bindir, "Alex", ["join", "127.0.0.1:%d" % vport, "--yes"], port=free_port(), disc_port=dp)
    got = partner.wait_line(lambda o, r: is_link_up(o, r) or is_kind("pairing-failed")(o, r), 8.0)
    pairing = "linked" if got and is_link_up(got[2], got[1]) else (got[1][:160] if got else "nothing")
    partner.send({"type": "start", "flow": "conversation"})
    time.sleep(0.7)
    partner.stop()
    victim.stop()
    changed = []
    for name, (target, _) in targets.items():
        now = _state(target)
        if now[0] != before[name][0] or now[1] != before[name][1]:
            changed.append("%s -> %s (%d -> %d bytes, mode %o -> %o)" % (
                name, os.path.basename(target), len(before[name][0]), len(now[0]), before[name][1], now[1]))
    in_profile = {n: ("symlink" if os.path.islink(os.path.join(vprof, n)) else
                      "file" if os.path.exists(os.path.join(vprof, n)) else "absent") for n in targets}
    extra = sorted(os.listdir(vprof))
    log("pairing: %s; profile now: %r; files: %r" % (pairing, in_profile, extra))
    for c in changed:
        log("written through a planted symlink: %s" % c)
    ok = not changed
    known = ("event", "link", "listening", "code", "invitation", "paired", "session-ready", "session-reset")
    notices = [raw[:160] for _, raw, o in victim.snapshot() if isinstance(o, dict) and o.get("kind") not in known]
    # For information (issue 16 §4 wants every file Twofold writes owner-only): the modes it left.
    modes = {}
    for n in extra:
        p = os.path.join(vprof, n)
        if os.path.isfile(p) and not os.path.islink(p):
            modes[n] = "%o" % stat.S_IMODE(os.lstat(p).st_mode)
    log("modes of the files in the profile: %r" % modes)
    figure("j.writes_through_planted_symlinks", len(changed), "files", "0", ok, changed=changed,
           pairing=pairing, profile_entries=in_profile, victim_notices=notices[:6], profile_modes=modes)
    if not ok:
        raise Fail("the victim wrote through %d planted symlink(s): %s" % (len(changed), "; ".join(changed)))
