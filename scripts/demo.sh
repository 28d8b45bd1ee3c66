#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up, then starts the station on its embedded demo (fictitious school and users).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
binary=${PORTIQUE_BUILD_DIR:-build/ci}/bin/portique
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  cat >&2 <<MSG
Portique is built, but this machine has no display (DISPLAY is not set), so its window cannot open.
Run the demo in a virtual display and take a screenshot of it:
  xvfb-run -a -s '-screen 0 1600x1000x24' $binary --demo --screenshot demo.png --quit-after 5
or, on a desktop session, run: $binary --demo
Demo logins: accueil / demo-accueil-2026 · proviseur / demo-proviseur-2026 · dpo / demo-dpo-2026 · admin / demo-admin-2026
MSG
  exit 1
fi
exec "$binary" --demo "$@"
