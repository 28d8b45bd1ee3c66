#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every fuzz target (fuzz/fuzz_*.cpp, built by scripts/sanitize.sh in build/asan) for a bounded
# time each; any crash, leak, timeout or memory blow-up fails, naming the target and keeping the
# input that did it (docs/fuzzing.md).
#   scripts/fuzz.sh [SECONDS]     seconds per target, default 30
# Environment: PORTIQUE_ASAN_DIR (default build/asan), PORTIQUE_JOBS (targets at once, default: nproc),
# PORTIQUE_TESTDATA_DIR (default ../shared/testdata), PORTIQUE_FUZZ_ARTIFACTS (where reproducers go,
# default $PORTIQUE_ASAN_DIR/fuzz-artifacts).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

seconds=${1:-30}
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS-PER-TARGET]" >&2
  exit 2
fi
build_dir=${PORTIQUE_ASAN_DIR:-build/asan}
testdata=${PORTIQUE_TESTDATA_DIR:-$root/../shared/testdata}
artifacts=${PORTIQUE_FUZZ_ARTIFACTS:-$build_dir/fuzz-artifacts}
mkdir -p "$artifacts"
artifacts=$(cd "$artifacts" && pwd)

# libFuzzer writes what it finds into the first corpus folder only: a scratch folder per run, so
# the seeds in the repository and the shared test data stay as they are. The targets' own files
# (fuzz_settings' database) go to a scratch TMPDIR, in memory when /dev/shm is there.
work=$(mktemp -d "${TMPDIR:-/tmp}/portique-fuzz.XXXXXX")
scratch_parent=/dev/shm
[[ -d "$scratch_parent" && -w "$scratch_parent" ]] || scratch_parent=${TMPDIR:-/tmp}
scratch=$(mktemp -d "$scratch_parent/portique-fuzz-tmp.XXXXXX")
trap 'rm -rf "$work" "$scratch"' EXIT

# Leaks count (libFuzzer checks every input that allocates more than it frees); UBSan already stops
# at its first finding (-fno-sanitize-recover, cmake/PortiqueSettings.cmake).
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:print_stacktrace=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
if [[ -z "${ASAN_SYMBOLIZER_PATH:-}" && -x /usr/lib/llvm-14/bin/llvm-symbolizer ]]; then
  export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi
# No target needs a display.
export QT_QPA_PLATFORM=offscreen

# The shared test data each target is also fed, read-only (never copied into the repository).
extra_corpus() {
  case "$1" in
    siecle) echo "$testdata/siecle" ;;
    csv) echo "$testdata/siecle" ;; # expected_*.tsv: tab-separated lists of people
    image) echo "$testdata/faces" ;;
  esac
}

# Flags for one target. fuzz_settings: its database's page cache and audit trail grow with every
# input stored, so libFuzzer would take each such input for a leak and scan the heap (34 inputs/s
# instead of ~5,000); leaks there are still caught, by LeakSanitizer when the run ends.
target_flags() {
  case "$1" in
    settings) echo "-detect_leaks=0" ;;
  esac
}

# Runs one target; its output stays in $work/<target>.log and its exit status in $work/<target>.status.
run_target() {
  local target=$1 name=${1#fuzz_}
  local binary="$build_dir/fuzz/$target" log="$work/$target.log" status=0 extra
  local corpus=("$work/$name") flags
  mkdir -p "$work/$name"
  [[ -d "fuzz/seeds/$name" ]] && corpus+=("fuzz/seeds/$name")
  extra=$(extra_corpus "$name")
  if [[ -n "$extra" ]]; then
    if [[ -d "$extra" ]]; then
      corpus+=("$extra")
    else
      echo "fuzz: $target: $extra is missing; running on the seeds alone" >&2
    fi
  fi
  read -r -a flags <<<"$(target_flags "$name")"
  TMPDIR="$scratch" "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$target-" "${flags[@]}" "${corpus[@]}" >"$log" 2>&1 || status=$?
  echo "$status" >"$work/$target.status"
}

# One target per core at a time (each fuzzes on one thread); reported in a fixed order afterwards.
jobs=${PORTIQUE_JOBS:-$(nproc)}
targets=()
for source in fuzz/fuzz_*.cpp; do
  targets+=("$(basename "$source" .cpp)")
done
for target in "${targets[@]}"; do
  if [[ ! -x "$build_dir/fuzz/$target" ]]; then
    echo "fuzz: $build_dir/fuzz/$target is missing: build it first (scripts/sanitize.sh)" >&2
    echo 127 >"$work/$target.status"
    continue
  fi
  while (($(jobs -rp | wc -l) >= jobs)); do
    wait -n || true
  done
  echo "fuzz: $target for ${seconds}s" >&2
  run_target "$target" &
done
wait

failed=()
summary=()
for target in "${targets[@]}"; do
  name=${target#fuzz_}
  log="$work/$target.log"
  status=$(cat "$work/$target.status" 2>/dev/null || echo 1)
  execs=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" 2>/dev/null | tail -1)
  # libFuzzer's last status line ("#N DONE cov: … corp: UNITS/SIZE …"): the corpus it ended with.
  corp=$({ grep -aoE 'corp: [0-9]+/[0-9]+[KMG]?b' "$log" 2>/dev/null || true; } | tail -1 | cut -d' ' -f2)
  if ((status != 0)); then
    # The finding, its stack and where libFuzzer kept the input that reproduces it.
    [[ -f "$log" ]] && tail -n 60 "$log" >&2
    reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" 2>/dev/null | tail -1)
    echo "fuzz: $target FAILED (exit $status); reproduce with: $build_dir/fuzz/$target ${reproducer:-<no input written>}" >&2
    failed+=("$target")
    summary+=("$(printf '%-16s FAILED  %s exec/s  corpus %s  reproducer %s' "$target" "${execs:-?}" "${corp:-?}" "${reproducer:-none}")")
  else
    summary+=("$(printf '%-16s ok      %s exec/s  corpus %s units (%s new files)' "$target" "${execs:-?}" "${corp:-?}" \
      "$(find "$work/$name" -type f | wc -l)")")
  fi
done

printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo "fuzz: failed: ${failed[*]} (reproducers in $artifacts)" >&2
  exit 1
fi
