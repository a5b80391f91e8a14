#!/usr/bin/env bash
# Fuzzes one parser with libFuzzer and grows its committed corpus:
#   tools/fuzz.sh npy|zip|image|keras_h5|run_folder [SECONDS=300] [JOBS=1]
# Builds build-fuzz/ with clang (-fsanitize=fuzzer,address,undefined), fuzzes from
# tests/fuzz/corpus/NAME, merges what was new back into it, and copies any crash into
# tests/fuzz/regressions/NAME (which ctest's fuzz_NAME_replay replays on every run).
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: tools/fuzz.sh NAME [SECONDS] [JOBS]}
seconds=${2:-300}
jobs=${3:-1}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLAYERLAB_FUZZ=ON >/dev/null
cmake --build build-fuzz --target "fuzz_$name"
corpus=tests/fuzz/corpus/$name
regressions=tests/fuzz/regressions/$name
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$corpus" "$regressions" "$work/new" "$work/crashes"
status=0
parallel=()
[ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
(cd "$work/crashes" && ASAN_OPTIONS=detect_leaks=0 "$OLDPWD/build-fuzz/tests/fuzz/fuzz_$name" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=65536 \
    "${parallel[@]}" -print_final_stats=1 "$work/new" "$OLDPWD/$corpus" 2>&1;
    cat fuzz-*.log 2>/dev/null || true) | grep -E "^#|stat::|ERROR|SUMMARY" | tail -25 || true
# Keep the corpus small: only inputs that add coverage go back in.
"build-fuzz/tests/fuzz/fuzz_$name" -merge=1 "$corpus" "$work/new" >/dev/null 2>&1 || true
for crash in "$work"/crashes/crash-* "$work"/crashes/timeout-* "$work"/crashes/oom-*; do
    [ -e "$crash" ] || continue
    cp "$crash" "$regressions/"
    echo "regression kept: $regressions/$(basename "$crash")"
    status=1
done
echo "corpus: $(ls "$corpus" | wc -l) files"
exit $status
