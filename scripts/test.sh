#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up, builds, and runs the whole test suite (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
build_dir=${PORTIQUE_BUILD_DIR:-build/ci}
cd "$build_dir"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "${PORTIQUE_JOBS:-$(nproc)}" "$@"
