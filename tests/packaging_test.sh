#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging check (CTest "packaging"): installs the build into a scratch prefix and checks
# the desktop integration files, then builds the .deb packages with CPack from the same
# build (no rebuild), unpacks each into a scratch root, checks files, Depends and the
# hub's hardened unit, and runs lintian (errors fail, warnings are shown).
# usage: tests/packaging_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
appid=io.github.chatbuddy.ChatBuddy

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
need_file() { [ -f "$1" ] || fail "missing $1"; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/chatbuddy-packaging.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

echo "== cmake --install into a scratch prefix"
prefix=$scratch/prefix
cmake --install "$build" --prefix "$prefix" >"$scratch/install.log"
for f in bin/chatbuddy bin/chatbuddy-hub \
         share/applications/$appid.desktop \
         share/icons/hicolor/scalable/apps/$appid.svg \
         share/metainfo/$appid.metainfo.xml \
         share/man/man1/chatbuddy.1.gz share/man/man1/chatbuddy-hub.1.gz \
         lib/systemd/system/chatbuddy-hub.service \
         share/doc/chatbuddy/copyright share/doc/chatbuddy-hub/copyright; do
    need_file "$prefix/$f"
done
grep -qx "ExecStart=$prefix/bin/chatbuddy-hub" "$prefix/lib/systemd/system/chatbuddy-hub.service" \
    || fail "the installed unit does not start $prefix/bin/chatbuddy-hub"
# Every install() rule has to name its component, or no package ships the file.
cmake --install "$build" --prefix "$scratch/unspecified" --component Unspecified >/dev/null
if [ -d "$scratch/unspecified" ] && [ -n "$(find "$scratch/unspecified" -type f)" ]; then
    fail "install rules without COMPONENT (client or hub): $(find "$scratch/unspecified" -type f)"
fi

echo "== cpack -G DEB"
(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/debs" \
    >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log" >&2; exit 1; }
client_deb=$(ls "$scratch"/debs/chatbuddy_*.deb)
hub_deb=$(ls "$scratch"/debs/chatbuddy-hub_*.deb)

check_deb() {  # deb package-name files...
    local deb=$1 name=$2 root=$scratch/root-$2
    shift 2
    echo "-- $(basename "$deb")"
    dpkg-deb -f "$deb" Package Version Architecture Section Depends | sed 's/^/   /'
    [ "$(dpkg-deb -f "$deb" Package)" = "$name" ] || fail "$deb is not package $name"
    [ "$(dpkg-deb -f "$deb" Section)" = net ] || fail "$name: section is not net"
    dpkg-deb -f "$deb" Depends | grep -Eq '(^|, )libqt6[a-z]+6 \(>= [0-9.]+\)' \
        || fail "$name: Depends has no versioned libqt6* (dpkg-shlibdeps did not run?)"
    dpkg-deb -f "$deb" Depends | grep -q 'libc6 (>=' || fail "$name: Depends lacks libc6"
    dpkg-deb -x "$deb" "$root"
    for f in "$@" usr/share/doc/$name/copyright usr/share/doc/$name/changelog.Debian.gz; do
        need_file "$root/$f"
    done
    # Owned by root, no group/world-writable files, executables 0755.
    dpkg-deb -c "$deb" | awk '$2 != "root/root" { print "FAIL: not root/root: " $0; bad=1 }
        substr($1, 6, 1) == "w" || substr($1, 9, 1) == "w" { print "FAIL: writable: " $0; bad=1 }
        END { exit bad }' >&2 || fail "$name: bad owner or permissions"
}

check_deb "$client_deb" chatbuddy usr/bin/chatbuddy \
    usr/share/applications/$appid.desktop usr/share/icons/hicolor/scalable/apps/$appid.svg \
    usr/share/metainfo/$appid.metainfo.xml usr/share/man/man1/chatbuddy.1.gz
dpkg-deb -f "$client_deb" Depends | grep -q 'libqt6widgets6' || fail "chatbuddy: no libqt6widgets6"
dpkg-deb -f "$client_deb" Depends | grep -q 'libqt6svg6' || fail "chatbuddy: no libqt6svg6"

check_deb "$hub_deb" chatbuddy-hub usr/bin/chatbuddy-hub \
    usr/lib/systemd/system/chatbuddy-hub.service usr/share/man/man1/chatbuddy-hub.1.gz
dpkg-deb -f "$hub_deb" Depends | grep -q 'libqt6widgets6' && fail "chatbuddy-hub depends on Qt Widgets"
dpkg-deb -f "$hub_deb" Depends | grep -q 'libqt6sql6-sqlite' || fail "chatbuddy-hub: no libqt6sql6-sqlite"
unit=$scratch/root-chatbuddy-hub/usr/lib/systemd/system/chatbuddy-hub.service
for key in ExecStart=/usr/bin/chatbuddy-hub DynamicUser=yes StateDirectory=chatbuddy-hub \
           ProtectSystem=strict ProtectHome=yes PrivateTmp=yes PrivateDevices=yes \
           NoNewPrivileges=yes ProtectKernelTunables=yes ProtectKernelModules=yes \
           ProtectControlGroups=yes KillSignal=SIGTERM Restart=on-failure \
           'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX' 'CapabilityBoundingSet='; do
    grep -qx "$key" "$unit" || fail "unit lacks $key"
done
if command -v systemd-analyze >/dev/null; then
    # The unit installed into the prefix starts a binary that exists here. Exposure is
    # "1.5 OK" today; 2.5 leaves room, a dropped hardening key will not.
    prefix_unit=$prefix/lib/systemd/system/chatbuddy-hub.service
    systemd-analyze verify --man=no "$prefix_unit" >"$scratch/verify.log" 2>&1 || true
    cat "$scratch/verify.log" >&2
    [ ! -s "$scratch/verify.log" ] || fail "systemd-analyze verify complained"
    systemd-analyze security --offline=yes --threshold=25 "$prefix_unit" \
        >"$scratch/security.log" 2>&1 || { cat "$scratch/security.log"; fail "unit exposure over 2.5"; }
    grep 'Overall exposure' "$scratch/security.log" || true
fi

if command -v lintian >/dev/null; then
    echo "== lintian"
    lintian --tag-display-limit 0 "$client_deb" "$hub_deb" >"$scratch/lintian.log" 2>&1 || true
    cat "$scratch/lintian.log"
    if grep -q '^E: ' "$scratch/lintian.log"; then fail "lintian reported errors"; fi
else
    echo "(lintian not installed: skipped)"
fi

[ "$failures" -eq 0 ] || { echo "$failures packaging check(s) failed" >&2; exit 1; }
echo "packaging: all checks passed"
