#!/usr/bin/env bash
# Installs what is missing, builds Twofold and starts it.
#   scripts/run.sh                 start the app (arguments are passed on: --profile DIR, --scope, --name ...)
#   scripts/run.sh --demo          two windows on this machine, paired over loopback, to try the whole flow
#   scripts/run.sh --release ...   build and start the release preset instead of the debug one
set -euo pipefail
cd "$(dirname "$0")/.."

preset=default
args=()
demo=0
for arg in "$@"; do
    case "$arg" in
        --release) preset=release ;;
        --demo) demo=1; args+=("$arg") ;;
        -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
        *) args+=("$arg") ;;
    esac
done

if [ "$demo" -eq 1 ]; then
    # The demo never leaves this machine.
    export TWOFOLD_NET_SCOPE=loopback
fi

scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --target twofold

app="build/$preset/bin/twofold"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found; starting Twofold on a virtual X display (xvfb-run)." >&2
    exec xvfb-run -a "$app" "${args[@]}"
fi
exec "$app" "${args[@]}"
