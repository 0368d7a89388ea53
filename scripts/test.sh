#!/usr/bin/env bash
# The whole check, as CI runs it (.ci/run): installs what is missing, then
#   debug    the default preset (gcc, -Werror): build, then the whole suite, end-to-end tests included,
#            and the adversary suite (tests/adversary: hostile peers against a real twofold-cli)
#   asan     the asan preset (clang through clazy, AddressSanitizer + UBSan, -Werror, so a clazy finding
#            fails the build): build, then the suite without the end-to-end and adversary tests (their
#            memory bounds are for the real build, not for AddressSanitizer's shadow memory)
#   fuzz     scripts/fuzz.sh: the libFuzzer targets (ASan + UBSan) from the committed seeds
#   package  scripts/package-test.sh: the .deb from the release preset, installed, run, checked, purged
# and prints how long each phase took. Every test runs with the loopback discovery scope (or inside
# network namespaces the test creates).
#   scripts/test.sh               everything
#   scripts/test.sh --asan        only the asan phase
#   scripts/test.sh --no-asan | --no-fuzz | --no-package   leave a phase out
# TWOFOLD_FUZZ_SECONDS: how long each fuzz target runs (default 60).
set -euo pipefail
cd "$(dirname "$0")/.."

debug=1
asan=1
fuzz=1
package=1
for arg in "$@"; do
    case "$arg" in
        --asan) debug=0 fuzz=0 package=0 ;;
        --no-asan) asan=0 ;;
        --no-fuzz) fuzz=0 ;;
        --no-package) package=0 ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

export TWOFOLD_NET_SCOPE=loopback
export QT_QPA_PLATFORM=offscreen

timings=()
phase() { # phase NAME COMMAND...: runs it and remembers how long it took
    local name=$1 start=$SECONDS
    shift
    echo "== $name"
    "$@"
    timings+=("$(printf '%-14s %5d s' "$name" $((SECONDS - start)))")
}
report() {
    echo "== phases"
    printf '%s\n' "${timings[@]}"
    echo "total          $SECONDS s"
}
trap report EXIT

phase deps scripts/install-deps.sh
if [ "$debug" -eq 1 ]; then
    phase debug-build sh -c 'cmake --preset default >/dev/null && cmake --build --preset default'
    phase debug-tests ctest --preset default -LE 'e2e|adversary'
    phase e2e ctest --preset default -L e2e
    phase adversary ctest --preset default -L adversary
fi
if [ "$asan" -eq 1 ]; then
    phase asan-build sh -c 'cmake --preset asan >/dev/null && cmake --build --preset asan'
    phase asan-tests ctest --preset asan -LE 'e2e|adversary'
fi
if [ "$fuzz" -eq 1 ]; then
    phase fuzz scripts/fuzz.sh
fi
if [ "$package" -eq 1 ]; then
    phase package scripts/package-test.sh
fi
