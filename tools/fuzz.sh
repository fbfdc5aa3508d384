#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer targets of tests/fuzz, two at a time, each for SECONDS (default 60) on a
# copy of its seeds (tests/fuzz/corpus/<target> and regressions/<target>), and prints per
# target: executions per second, the corpus it ended with (files, bytes), coverage
# (libFuzzer's cov:/ft:) and what went wrong. Exits 1 on any crash, leak, timeout or
# out-of-memory, printing the reproducer.
#   usage: tools/fuzz.sh [SECONDS] [TARGET...]      e.g. tools/fuzz.sh 1200 fuzz_frames
# Needs the sanitize build (cmake --preset sanitize); the targets are (re)built here.
# BUILD_DIR=dir uses another build folder; FUZZ_JOBS=n runs n targets at a time; FUZZ_OUT=dir
# keeps the runs there (default BUILD_DIR/fuzz-runs/<date>); extra libFuzzer options may
# follow in FUZZ_ARGS (e.g. FUZZ_ARGS=-max_len=70000).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=60
if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
build=${BUILD_DIR:-build-sanitize}
jobs=${FUZZ_JOBS:-2}
all=(fuzz_frames fuzz_legacy fuzz_directory fuzz_hubclient fuzz_identity fuzz_fileblocks
  fuzz_discovery fuzz_transport)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  echo "no build in $build: run 'cmake --preset sanitize' first (clang-14, CHATBUDDY_FUZZ=ON)" >&2
  exit 2
fi
echo "== building the fuzz targets ($build)"
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "no fuzz target $t (known: ${all[*]})" >&2; exit 2; }
done
# Only the targets asked for (all of them: the `fuzzers` target).
if [ $# -gt 0 ]; then
  nice -n 10 cmake --build "$build" --target "${targets[@]}" -- -j2 >/dev/null
else
  nice -n 10 cmake --build "$build" --target fuzzers -- -j2 >/dev/null
fi
for t in "${targets[@]}"; do
  if [ ! -x "$build/tests/fuzz/$t" ]; then
    echo "no fuzz target $t in $build/tests/fuzz (known: ${all[*]})" >&2
    exit 2
  fi
done

out=${FUZZ_OUT:-$build/fuzz-runs/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
symbolizer=$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:print_summary=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:print_summary=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}
[ -n "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$symbolizer}

# One target: corpus copy, dictionary, artifacts and log in $out/<target>/.
run_one() {
  local t=$1 dir=$out/$1 dict
  mkdir -p "$dir/corpus" "$dir/artifacts"
  # Seeds, and the inputs of bugs found before (they must keep passing).
  cp -r "$root/tests/fuzz/corpus/$t/." "$dir/corpus/" 2>/dev/null || true
  cp -r "$root/tests/fuzz/regressions/$t/." "$dir/corpus/" 2>/dev/null || true
  dict=$root/tests/fuzz/$t.dict
  [ -f "$dict" ] || dict=$root/tests/fuzz/protocol.dict  # the JSON targets share one
  local rc=0
  # -timeout: one input running this long is a hang; -rss_limit_mb: libFuzzer's default.
  (cd "$dir" && exec nice -n 10 "$root/$build/tests/fuzz/$t" -max_total_time="$seconds" \
      -print_final_stats=1 -timeout=30 -rss_limit_mb=2048 -dict="$dict" \
      -artifact_prefix="$dir/artifacts/" ${FUZZ_ARGS:-} "$dir/corpus") >"$dir/log" 2>&1 || rc=$?
  echo "$rc" >"$dir/rc"
}

trap 'echo "interrupted" >&2; kill $(jobs -p) 2>/dev/null; exit 130' INT TERM
echo "== fuzzing ${targets[*]}: ${seconds} s each, $jobs at a time (runs in $out)"
started=$(date +%s)
running=0
for t in "${targets[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true

failed=0
printf '%-16s %9s %11s %8s %10s %7s %8s  %s\n' target execs/s execs files bytes cov ft result
for t in "${targets[@]}"; do
  dir=$out/$t
  rc=$(cat "$dir/rc")
  last=$(grep -a 'cov:' "$dir/log" | tail -n 1 || true)
  cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$last")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log")
  files=$(find "$dir/corpus" -type f | wc -l)
  bytes=$(find "$dir/corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
  artifacts=$(find "$dir/artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' \
      -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
  result=ok
  if [ "$rc" -ne 0 ] || [ -n "$artifacts" ]; then
    result="FAILED (exit $rc)"
    failed=1
  fi
  printf '%-16s %9s %11s %8s %10s %7s %8s  %s\n' "$t" "${rate:-?}" "${execs:-?}" "$files" \
    "$bytes" "${cov:-?}" "${ft:-?}" "$result"
done

for t in "${targets[@]}"; do
  dir=$out/$t
  rc=$(cat "$dir/rc")
  artifacts=$(find "$dir/artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' \
      -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
  [ "$rc" -ne 0 ] || [ -n "$artifacts" ] || continue
  echo
  echo "== $t failed; the end of its log ($dir/log):"
  grep -a -v -E '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse|RELOAD)' "$dir/log" | tail -n 40
  for a in $artifacts; do
    echo "reproducer: $a"
    echo "   replay:  $root/$build/tests/fuzz/$t $a"
  done
done
echo "== the fuzz runs took $(( $(date +%s) - started )) s"
exit $failed
