#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command for newcomers and CI: installs what a Debian 12 machine lacks, builds, then
#   run   starts a hub on 127.0.0.1 and two desktop clients next to it, alice and bob,
#         logged in (Ctrl+C, or closing both windows, stops everything)
#   test  runs the whole test suite through CTest, then builds again with clang,
#         AddressSanitizer and UBSan (build-sanitize/), runs the suite there and fuzzes each
#         libFuzzer target for a minute (tools/fuzz.sh 60); exits non-zero if any part failed
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: $0 run|test" >&2; exit 2; }
[ $# -eq 1 ] || usage
mode=$1
case $mode in run|test) ;; *) usage ;; esac

packages=(
  cmake ninja-build g++ pkg-config libssl-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  fonts-dejavu-core
  libqt6svg6 desktop-file-utils appstream dpkg-dev file lintian
)
# The sanitizer build and the fuzzers: clang with its sanitizer and libFuzzer runtimes, and
# llvm-symbolizer-14 for readable stacks.
# python3: a test drives the hub from a script in another process (tests/support).
# clang-format-14: the format check (tools/check-format.sh).
# iproute2 and openssl: tst_discovery_netns makes network namespaces (`ip netns`, as root;
# skipped otherwise) and signs a forged announcement.
# postgresql: the registry suites and the cluster tests start a PostgreSQL server of their own
# (initdb and pg_ctl in a temporary folder, a Unix socket, no TCP); with it installed, a server
# that cannot start fails them instead of skipping them (CHATBUDDY_REQUIRE_POSTGRESQL).
if [ "$mode" = test ]; then
  packages+=(clang-14 libclang-rt-14-dev llvm-14 python3 clang-format-14 iproute2 openssl
    postgresql)
  export CHATBUDDY_REQUIRE_POSTGRESQL=1
fi

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

# part NAME COMMAND...: runs one part of the test run, says how long it took and remembers a
# failure instead of stopping, so CI shows every part's result.
failed=()
part() {
  local name=$1 start rc=0
  shift
  start=$(date +%s)
  "$@" || rc=$?
  echo "== $name took $(( $(date +%s) - start )) s$([ $rc -eq 0 ] || echo " and FAILED (exit $rc)")"
  [ $rc -eq 0 ] || failed+=("$name")
  return $rc
}
build_default() {
  cmake --preset default >/dev/null && cmake --build --preset default
}
build_sanitize() {
  cmake --preset sanitize >/dev/null && cmake --build --preset sanitize
}

if [ "$mode" = test ]; then
  echo "== checking the formatting (tools/check-format.sh)"
  part "format check" ./tools/check-format.sh || true
  echo "== configuring and building (build/)"
  if part "default build" build_default; then
    echo "== running the test suite"
    part "test suite" ctest --preset default || true
  fi
  echo "== configuring and building with clang, AddressSanitizer and UBSan (build-sanitize/)"
  if part "sanitizer build" build_sanitize; then
    echo "== running the test suite under the sanitizers"
    part "sanitizer suite" ctest --preset sanitize || true
    echo "== fuzzing (tools/fuzz.sh 60)"
    part "fuzzing" ./tools/fuzz.sh 60 || true
  fi
  if [ ${#failed[@]} -gt 0 ]; then
    echo "== FAILED: ${failed[*]}"
    exit 1
  fi
  echo "== all parts passed"
  exit 0
fi

echo "== configuring and building (build/)"
cmake --preset default >/dev/null
cmake --build --preset default

# run: a hub on loopback and two people next to it, alice and bob, each in a window of their
# own (profiles under ~/.local/share/ChatBuddy/chatbuddy/profiles/), logged in.
port=${CHATBUDDY_HUB_PORT:-8080}
state=build/run
mkdir -p "$state"
log="$state/hub.log"
: >"$log"
# Bound to 127.0.0.1, the hub announces itself to this computer only (127.255.255.255).
./build/hub/chatbuddy-hub --bind 127.0.0.1 --port "$port" --data-dir "$state/hub" \
  --name "Quick start hub" > >(tee -a "$log") 2>&1 &
hub=$!
clients=()
stop() {
  kill "${clients[@]}" "$hub" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM
client=./build/desktop-client/ui/chatbuddy
if [ -x "$client" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  # The clients start once the hub says it listens (or gave up), so its lines come first.
  timeout 10 grep -q -m1 -e 'Listening on port' -e 'Hub stopped' -e 'cannot' \
    <(tail -n +1 -f "$log") || true
  for who in alice bob; do
    case $who in alice) at=+0+0 ;; *) at=+650+0 ;; esac
    "$client" --hub "127.0.0.1:$port" --profile "$who" --user "$who" --connect \
      --discovery-address 127.255.255.255 --window-geometry "640x600$at" "${@:2}" &
    clients+=($!)
  done
  echo "== alice and bob are online. To chat: in alice's window double-click bob (or select"
  echo "   him and press Chat); bob accepts, and you are chatting. Type EOM or press End chat"
  echo "   to end it. Close both windows (or press Ctrl+C here) to stop."
  wait "${clients[@]}" || true
else
  [ -x "$client" ] && echo "(no display: not starting the desktop clients; the hub runs until Ctrl+C)"
  wait $hub
fi
