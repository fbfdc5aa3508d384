#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/chatbuddy_<lang>.ts from the sources: new tr() strings are added as
# unfinished (translate them in Qt Linguist: linguist translations/chatbuddy_de.ts), strings
# gone from the code are dropped. The build never does this by itself; the test
# tst_translations fails until every .ts file is complete again.
# usage: tools/update-translations.sh [LANG ...]     (default: every chatbuddy_*.ts)
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate)
files=()
if [ $# -gt 0 ]; then
  for lang in "$@"; do files+=("translations/chatbuddy_$lang.ts"); done
else
  for f in translations/chatbuddy_*.ts; do
    case $f in translations/chatbuddy_qt_*) ;; *) files+=("$f") ;; esac  # Qt's strings: by hand
  done
fi
# The client and the shared code it shows messages from; the hub stays English.
exec "$lupdate" -no-obsolete -locations none -extensions cpp,h desktop-client shared -ts "${files[@]}"
