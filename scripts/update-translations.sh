#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from every tr()/translate() in the sources. Run after changing strings,
# then translate the new French entries in Linguist (tests/test_translations fails while any is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none -extensions cpp,h core ui app \
  -ts translations/portique_fr.ts translations/portique_en.ts
