#!/usr/bin/env python3
"""Dependencies point one way (docs/ARCHITECTURE.md): checks every #include "..." under ROOT.

Usage: check_layering.py ROOT        exit 0 when clean, 1 listing each violation as file:line.
"""
import pathlib
import re
import sys

# (files under this folder, may not include anything under these folders, why)
RULES = [
    ("core/", ("app/",), "core/ knows nothing of the app"),
    ("core/session/", ("core/net/", "core/protocol/", "core/sync/", "core/link/"),
     "the session knows nothing of the network"),
    ("core/coach/", ("core/net/", "core/protocol/", "core/sync/", "core/link/", "core/session/"),
     "the coach knows nothing of sessions or the network"),
    ("core/sync/", ("core/net/", "core/link/"), "sync runs over any Channel, not over sockets"),
    ("core/profile/", ("core/net/", "core/protocol/", "core/sync/", "core/link/", "core/session/", "core/coach/"),
     "profile storage knows how files are kept, not what is in them"),
    ("app/pages/", ("core/net/", "core/sync/", "core/link/", "core/protocol/"),
     "pages see models, never the network or the sync engine"),
    ("app/widgets/", ("core/net/", "core/sync/", "core/link/", "core/protocol/"),
     "widgets see models, never the network or the sync engine"),
]

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def violations(root: pathlib.Path):
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".h", ".cpp") or not path.is_file():
            continue
        relative = path.relative_to(root).as_posix()
        rules = [rule for rule in RULES if relative.startswith(rule[0])]
        if not rules:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            target = match.group(1)
            for _, forbidden, why in rules:
                if target.startswith(forbidden):
                    yield f"{relative}:{number}: includes {target} ({why})"


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    found = list(violations(root))
    for problem in found:
        print(problem)
    print(f"layering: {len(found)} violation(s) under {root}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
