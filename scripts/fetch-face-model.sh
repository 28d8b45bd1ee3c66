#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches the face-recognition weights package (@vladmandic/face-api, MIT) with `npm pack` (nothing
# else is installed from npm) and checks it against the pinned sha512 that the registry publishes for
# this version. The conversion into dlib's format is done by the face engine (docs/face-model.md).
# Output, in $PORTIQUE_MODEL_DIR (default ~/.local/share/portique/models):
#   face-api-1.7.15.tgz and face-api-1.7.15/ holding only the face-recognition manifest and weights
#   and the demo photos that set-up's accuracy check uses.
set -euo pipefail
version=1.7.15
# The registry's dist.integrity for @vladmandic/face-api@1.7.15 (npm view ... dist.integrity).
integrity='sha512-WDMmK3CfNLo8jylWqMoQgf4nIst3M0fzx1dnac96wv/dvMTN4DxC/Pq1DGtduDk1lktCamQ3MIDXFnvrdHTXDw=='
dir=${PORTIQUE_MODEL_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/portique/models}
tarball="$dir/face-api-$version.tgz"

digest_of() { echo "sha512-$(openssl dgst -sha512 -binary "$1" | base64 -w0)"; }

extracted="$dir/face-api-$version"
extract() {
  rm -rf "$extracted.tmp" && mkdir -p "$extracted.tmp"
  tar -xzf "$tarball" -C "$extracted.tmp" --strip-components=1 \
    package/model/face_recognition_model-weights_manifest.json package/model/face_recognition_model.bin \
    package/demo/sample1.jpg package/demo/sample2.jpg package/demo/sample3.jpg \
    package/demo/sample4.jpg package/demo/sample5.jpg package/demo/sample6.jpg
  rm -rf "$extracted" && mv "$extracted.tmp" "$extracted"
}

mkdir -p "$dir"
if [[ -f "$tarball" && "$(digest_of "$tarball")" == "$integrity" ]]; then
  [[ -f "$extracted/model/face_recognition_model.bin" ]] || extract
  exit 0
fi
rm -f "$tarball"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "fetch-face-model: npm pack @vladmandic/face-api@$version" >&2
(cd "$work" && npm pack --silent "@vladmandic/face-api@$version" >/dev/null)
fetched="$work/vladmandic-face-api-$version.tgz"
actual=$(digest_of "$fetched")
if [[ "$actual" != "$integrity" ]]; then
  echo "fetch-face-model: the package does not match the registry's sha512; refusing it." >&2
  echo "  expected $integrity" >&2
  echo "  got      $actual" >&2
  exit 1
fi
mv "$fetched" "$tarball"
extract
echo "fetch-face-model: $tarball verified and extracted" >&2
