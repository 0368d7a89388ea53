#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang, ASan + UBSan, UB aborts) and runs each one from the
# committed seed corpus (tests/fuzz/corpus/<name> for fuzz_<name>, read only) for a while, the targets side by side.
#   scripts/fuzz.sh [SECONDS]   per target (default $TWOFOLD_FUZZ_SECONDS, else 60)
# Any crash, sanitizer report, timeout or broken invariant fails the run: its reproducer stays in
# build/fuzz/artifacts/<target>/ and the fuzzer's whole report (with the stack) is printed. Replay one with
#   build/fuzz/bin/<target> build/fuzz/artifacts/<target>/crash-...
# Prints, per target, how many inputs ran and how many the corpus grew to.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-${TWOFOLD_FUZZ_SECONDS:-60}}
targets=(fuzz_frames fuzz_events fuzz_coach)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"

artifacts=build/fuzz/artifacts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

pids=()
for target in "${targets[@]}"; do
    mkdir -p "$artifacts/$target" "$work/$target"
    # New inputs go to the scratch folder (first); the committed seeds are only read.
    "build/fuzz/bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$target/" "$work/$target" "tests/fuzz/corpus/${target#fuzz_}" \
        >"$work/$target.log" 2>&1 &
    pids+=($!)
done

failed=0
for i in "${!targets[@]}"; do
    target=${targets[$i]}
    if wait "${pids[$i]}"; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log")
        corpus=$(find "$work/$target" -type f | wc -l)
        echo "fuzz $target: ${seconds}s, ${runs:-?} inputs, corpus $(find "tests/fuzz/corpus/${target#fuzz_}" -type f | wc -l) seeds + $corpus new, no findings"
    else
        failed=1
        echo "fuzz $target: FAILED; reproducer(s) kept in $artifacts/$target/:" >&2
        ls -l "$artifacts/$target/" >&2
        echo "---- $target report ----" >&2
        cat "$work/$target.log" >&2
        echo "---- end of $target report ----" >&2
    fi
done
exit "$failed"
