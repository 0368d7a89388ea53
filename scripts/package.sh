#!/usr/bin/env bash
# Builds the Debian package from the release preset and checks it with lintian.
#   scripts/package.sh    writes build/release/package/twofold_<version>_<arch>.deb and prints its path last
# Only the app and twofold-cli are compiled (TWOFOLD_BUILD_TESTS=OFF). Install it with
#   sudo apt install ./build/release/package/twofold_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
    "") ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
esac

scripts/install-deps.sh
cmake --preset release -DTWOFOLD_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release

out=build/release/package
rm -f "$out"/twofold_*.deb
cpack --config build/release/CPackConfig.cmake -B "$out" >/dev/null
debs=("$out"/twofold_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || { echo "package.sh: cpack made no .deb" >&2; exit 1; }

# Errors fail the build; warnings and notes are shown.
lintian --fail-on error --info "$deb"
echo "$deb ($(du -k "$deb" | cut -f1) KiB)" >&2
echo "$deb"
