#!/usr/bin/env python3
"""Every user-visible string of the app is translated into every shipped language.

Runs lupdate over the sources into a scratch copy of each translations/twofold_<lang>.ts (the committed
files are not touched), then fails on any message that is new (missing from the .ts), unfinished or
empty, or whose translation drops or adds a %1…%9 placeholder. So a string added in code without its
translations fails the suite, not just a stale .ts. CMake passes one .ts per language of
app/options/Languages.h, so a listed language without its file fails too.

Usage: check_translations.py LUPDATE SOURCE_ROOT TS_FILE...
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%[1-9]")

# Where tr() strings live (the same folders app/CMakeLists.txt hands to qt_add_translations).
SOURCE_DIRS = ["app", "core/session", "core/link", "core/sync"]


def problems_in(ts_path: pathlib.Path):
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "missing"
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")] if translation is not None else []
                empty = not forms or any(not form.strip() for form in forms)
            else:
                empty = translation is None or not (translation.text or "").strip()
            if kind in ("unfinished", "missing") or empty:
                yield f"untranslated {name}: {source!r}"
            elif message.get("numerus") != "yes" and \
                    sorted(PLACEHOLDER.findall(translation.text)) != sorted(PLACEHOLDER.findall(source)):
                yield f"other placeholders {name}: {source!r} -> {translation.text!r}"


def main() -> int:
    lupdate, root, ts_files = sys.argv[1], pathlib.Path(sys.argv[2]), [pathlib.Path(p) for p in sys.argv[3:]]
    failed = 0
    with tempfile.TemporaryDirectory() as scratch:
        for ts in ts_files:
            if not ts.is_file():
                print(f"{ts.name}: missing (every language of app/options/Languages.h but English needs one)")
                failed += 1
                continue
            copy = pathlib.Path(scratch) / ts.name
            shutil.copy(ts, copy)
            sources = [str(root / d) for d in SOURCE_DIRS]
            result = subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "-I", str(root), *sources,
                                     "-ts", str(copy)],
                                    capture_output=True, text=True)
            if result.returncode != 0:
                print(f"{ts.name}: lupdate failed:\n{result.stdout}{result.stderr}")
                failed += 1
                continue
            found = list(problems_in(copy))
            for problem in found:
                print(f"{ts.name}: {problem}")
            print(f"{ts.name}: {len(found)} problems")
            failed += len(found)
    if failed:
        print("Run `cmake --build --preset default --target update_translations` and translate the new strings.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
