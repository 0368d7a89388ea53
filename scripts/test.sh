#!/usr/bin/env bash
# Installs what is missing, configures, builds and runs the whole test suite.
# Every test runs with the loopback discovery scope: no traffic leaves this machine.
#   scripts/test.sh            the default (debug) preset
#   scripts/test.sh --asan     the AddressSanitizer + UndefinedBehaviorSanitizer preset
#   scripts/test.sh --no-fuzz  skip the short libFuzzer run (frames, events, coach) that follows the suite
#   scripts/test.sh --no-package  skip building, installing and removing the .deb (scripts/package-test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

preset=default
fuzz=1
package=1
fuzz_seconds=${TWOFOLD_FUZZ_SECONDS:-15}
for arg in "$@"; do
    case "$arg" in
        --asan) preset=asan ;;
        --no-fuzz) fuzz=0 ;;
        --no-package) package=0 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

export TWOFOLD_NET_SCOPE=loopback
export QT_QPA_PLATFORM=offscreen

scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset"

if [ "$fuzz" -eq 1 ]; then
    # A short libFuzzer run over what a partner's computer can send us: frames and messages, session
    # events and intents, and the coach on arbitrary text. Any crash fails the run.
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz --target fuzz_frames fuzz_events fuzz_coach
    corpus=$(mktemp -d)
    trap 'rm -rf "$corpus"' EXIT
    for target in fuzz_frames fuzz_events fuzz_coach; do
        mkdir -p "$corpus/$target"
        echo "fuzzing $target for ${fuzz_seconds}s"
        "build/fuzz/bin/$target" -max_total_time="$fuzz_seconds" -print_final_stats=0 \
            -artifact_prefix="$corpus/" "$corpus/$target" 2>&1 | tail -n 1
    done
fi

if [ "$package" -eq 1 ]; then
    # The .deb from the release preset (app and CLI only): installed with apt, run, checked and purged again.
    echo "== package test"
    scripts/package-test.sh
fi
