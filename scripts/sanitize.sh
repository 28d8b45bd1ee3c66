#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The sanitizer run of CI (docs/fuzzing.md): builds core's unit tests and the fuzz targets with
# clang, ASan and UBSan (the asan preset, build/asan), runs those tests, then every fuzz target for
# a bounded time (scripts/fuzz.sh). Any finding fails. Needs what scripts/setup.sh installs.
#   scripts/sanitize.sh
# Environment: PORTIQUE_ASAN_DIR (default build/asan), PORTIQUE_JOBS (default: nproc),
# PORTIQUE_FUZZ_SECONDS (seconds per fuzz target, default 20), PORTIQUE_TESTDATA_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

build_dir=${PORTIQUE_ASAN_DIR:-build/asan}
# A second clone of the project (CI checks a fresh one) reuses the compiler cache of the first:
# paths under the clone are hashed relative to it, and the working directory is left out of the hash.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
jobs=${PORTIQUE_JOBS:-$(nproc)}
# The core tests that need neither the GUI nor heavy face work: each runs in well under a minute
# under ASan (docs/fuzzing.md has the times). The rest run in the ordinary build only.
tests=(
  test_keyfile test_database test_migrations test_databasethread test_auditlog test_users test_settings
  test_peopleimport test_importids test_csvwriter test_credentials test_decision test_wedgedecoder
  test_lanecontroller test_visitors test_subject test_subject_scope test_retention test_badgerender
  test_passrender test_reports test_secrets test_auditintegrity test_auditcheckpoint test_importlimits
  test_imageloader
)

if ! command -v clang++ >/dev/null 2>&1 \
  || ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-$(uname -m).a" >/dev/null; then
  echo "sanitize: clang or its libFuzzer is missing: run scripts/setup.sh as root (clang, libclang-rt-14-dev, llvm-14)." >&2
  exit 1
fi
if [[ ! -f "$build_dir/build.ninja" ]]; then
  cmake --preset asan -B "$build_dir" -DPORTIQUE_TESTDATA_DIR="${PORTIQUE_TESTDATA_DIR:-$root/../shared/testdata}"
fi
# Only what is run here: the GUI, the programs and the benchmarks are not built in build/asan.
start=$SECONDS
cmake --build "$build_dir" --target "${tests[@]}" portique_fuzzers -j "$jobs"
echo "sanitize: build took $((SECONDS - start)) s" >&2

# Leaks fail too; no LeakSanitizer suppression is needed (Qt and the libraries these tests load leave
# nothing unreachable at exit), so none is kept.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:print_stacktrace=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
if [[ -z "${ASAN_SYMBOLIZER_PATH:-}" && -x /usr/lib/llvm-14/bin/llvm-symbolizer ]]; then
  export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi

start=$SECONDS
regex="^($(IFS='|'; echo "${tests[*]}"))\$"
(cd "$build_dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --no-tests=error -j "$jobs" -R "$regex")
echo "sanitize: ${#tests[@]} tests took $((SECONDS - start)) s" >&2

start=$SECONDS
bash scripts/fuzz.sh "${PORTIQUE_FUZZ_SECONDS:-20}"
echo "sanitize: fuzzing took $((SECONDS - start)) s" >&2
