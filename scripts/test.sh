#!/usr/bin/env bash
# Installs what is missing, configures, builds and runs the whole test suite.
# Every test runs with the loopback discovery scope: no traffic leaves this machine.
#   scripts/test.sh            the default (debug) preset
#   scripts/test.sh --asan     the AddressSanitizer + UndefinedBehaviorSanitizer preset
set -euo pipefail
cd "$(dirname "$0")/.."

preset=default
for arg in "$@"; do
    case "$arg" in
        --asan) preset=asan ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

export TWOFOLD_NET_SCOPE=loopback
export QT_QPA_PLATFORM=offscreen

scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset"
