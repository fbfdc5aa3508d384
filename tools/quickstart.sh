#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command for newcomers and CI: installs what a Debian 12 machine lacks, builds, then
#   run   starts a hub on 127.0.0.1 and a desktop client next to it (Ctrl+C stops both)
#   test  runs the whole test suite through CTest
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: $0 run|test" >&2; exit 2; }
[ $# -eq 1 ] || usage
mode=$1
case $mode in run|test) ;; *) usage ;; esac

packages=(
  cmake ninja-build g++ pkg-config libssl-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libgl-dev
  fonts-dejavu-core
  libqt6svg6 desktop-file-utils appstream dpkg-dev file lintian
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing: ${missing[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "need root or sudo to install packages" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" </dev/null
fi

echo "== configuring and building (build/)"
cmake --preset default >/dev/null
cmake --build --preset default

if [ "$mode" = test ]; then
  echo "== running the test suite"
  exec ctest --preset default
fi

# run: a hub on loopback and a client that connects to it.
port=${CHATBUDDY_HUB_PORT:-8080}
state=build/run
mkdir -p "$state"
./build/hub/chatbuddy-hub --bind 127.0.0.1 --port "$port" --data-dir "$state/hub" &
hub=$!
trap 'kill $hub 2>/dev/null; wait $hub 2>/dev/null || true' EXIT INT TERM
client=./build/desktop-client/ui/chatbuddy
if [ -x "$client" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  sleep 0.5  # let the hub print its start lines first
  "$client" --hub "127.0.0.1:$port" --profile quickstart "${@:2}" || true
else
  [ -x "$client" ] && echo "(no display: not starting the desktop client; the hub runs until Ctrl+C)"
  wait $hub
fi
