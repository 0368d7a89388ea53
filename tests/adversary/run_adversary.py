#!/usr/bin/python3
"""Twofold adversary suite: hostile peers against a real twofold-cli (issue 16).

    run_adversary.py --bin DIR [--keep] TEST...      (TEST: a..k by letter or name, or "all")

Exit status: 0 every promise held, 1 a promise was broken (the figure says by how much),
77 skipped (e.g. ip netns not available). Prints one `FIGURE {...}` JSON line per measurement.
"""

import argparse
import os
import sys
import time
import traceback

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import advlib  # noqa: E402
import attacks_listener  # noqa: E402
import attacks_memory  # noqa: E402
import attacks_pairing  # noqa: E402
import attacks_discovery  # noqa: E402
import attacks_session  # noqa: E402
import attacks_profile  # noqa: E402
import attacks_netns  # noqa: E402

TESTS = [
    ("a", "clienthello_burst", attacks_listener.clienthello_burst),
    ("b", "idle_tcp_burst", attacks_listener.idle_tcp_burst),
    ("c", "sleeping_laptop", attacks_listener.sleeping_laptop),
    ("d", "stranger_ping_flood", attacks_memory.stranger_ping_flood),
    ("e", "guest_resume_flood", attacks_memory.guest_resume_flood),
    ("e2", "guest_ping_flood", attacks_memory.guest_ping_flood),
    ("f", "idle_stranger_pairing_slot", attacks_pairing.idle_stranger_pairing_slot),
    ("g", "invitation_flood", attacks_pairing.invitation_flood),
    ("h", "discovery_spoof_and_flood", attacks_discovery.discovery_spoof_and_flood),
    ("h2", "discovery_lan_amplifier", attacks_netns.discovery_lan_amplifier),
    ("i", "forged_host_events", attacks_session.forged_host_events),
    ("j", "profile_symlinks", attacks_profile.profile_symlinks),
    ("k", "older_version_hello", attacks_session.older_version_hello),
    ("l", "inviter_decline", attacks_pairing.inviter_decline),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True, help="folder with twofold-cli (the environment variable "
                    "TWOFOLD_ADVERSARY_BIN, when set, takes precedence)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folders")
    ap.add_argument("tests", nargs="+")
    args = ap.parse_args()
    args.bin = os.environ.get("TWOFOLD_ADVERSARY_BIN") or args.bin
    advlib.log("victim binaries: %s" % args.bin)
    if not os.access(os.path.join(args.bin, "twofold-cli"), os.X_OK):
        print("no twofold-cli in %s" % args.bin)
        return 2
    os.environ["TWOFOLD_NET_SCOPE"] = "loopback"
    advlib.check_test_vector()
    wanted = []
    for t in args.tests:
        hits = [x for x in TESTS if t in ("all", x[0], x[1], "%s_%s" % (x[0], x[1]))]
        if not hits:
            print("unknown test %r; known: %s" % (t, ", ".join("%s_%s" % x[:2] for x in TESTS)))
            return 2
        wanted += [h for h in hits if h not in wanted]
    results = []
    for letter, name, fn in wanted:
        advlib.log("=== %s) %s ===" % (letter, name))
        ws = advlib.Workspace(letter)
        t0 = time.monotonic()
        status = "PASS"
        try:
            fn(args.bin, ws)
        except advlib.Skip as e:
            status = "SKIP"
            advlib.log("SKIP: %s" % e)
        except advlib.SetupError as e:
            status = "ERROR"
            advlib.log("SETUP ERROR: %s" % e)
        except advlib.Fail as e:
            status = "FAIL"
            advlib.log("FAIL: %s" % e)
        except Exception:
            status = "ERROR"
            advlib.log("ERROR:\n" + traceback.format_exc())
        finally:
            ws.close(keep=args.keep)
        advlib.log("=== %s) %s: %s in %.1f s ===" % (letter, name, status, time.monotonic() - t0))
        results.append((letter, name, status))
    for letter, name, status in results:
        print("%-5s %s) %s" % (status, letter, name))
    if any(s in ("FAIL", "ERROR") for _, _, s in results):
        return 1
    if results and all(s == "SKIP" for _, _, s in results):
        return advlib.SKIP
    return 0


if __name__ == "__main__":
    sys.exit(main())
