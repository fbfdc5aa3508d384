#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the desktop client as a person sees it: under a private Xvfb screen (at
# 1280x800 and 800x600 by default), a hub and two clients log in, open a chat and exchange
# messages; PNGs of the login dialog, the users list, the incoming prompt and the chat are
# saved to OUTDIR (default: screenshots/). BUILD_DIR picks another build folder (default: build);
# CHATBUDDY_LANG=de (fr, es, hi) takes them in that language, with file names starting "de-".
# SCREENSHOT_OPTIONS passes more options to the driver (--dark: a dark palette); QT_SCALE_FACTOR=2
# shows 200 % scaling.
# usage: [BUILD_DIR=dir] [CHATBUDDY_LANG=code] [SCREENSHOT_OPTIONS=--dark] tools/screenshots.sh [OUTDIR] [WxH ...]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-screenshots}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1280x800 800x600)
command -v Xvfb >/dev/null || { echo "needs Xvfb: apt-get install xvfb" >&2; exit 2; }
build=${BUILD_DIR:-build}
[ -x "$build/tools/screenshots/chatbuddy-screenshots" ] || cmake --build "$build" --target chatbuddy-screenshots
mkdir -p "$out"
for size in "${sizes[@]}"; do
  display=:$((100 + RANDOM % 400))
  Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  HOME=$(mktemp -d) DISPLAY=$display QT_QPA_PLATFORM=xcb \
    "$build/tools/screenshots/chatbuddy-screenshots" --out "$out" \
    ${CHATBUDDY_LANG:+--lang "$CHATBUDDY_LANG"} --prefix "${CHATBUDDY_LANG:+$CHATBUDDY_LANG-}$size-" ${SCREENSHOT_OPTIONS:-}
  kill $xvfb 2>/dev/null || true
  wait $xvfb 2>/dev/null || true
done
echo "screenshots in $out/"
