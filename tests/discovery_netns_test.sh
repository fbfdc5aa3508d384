#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tst_discovery_netns: finding a hub on the local network (docs/protocol.md §11) between two
# network namespaces this test makes itself, joined by a veth pair, with addresses in
# 198.18.0.0/15 (for tests; nothing leaves the two namespaces, broadcasts included):
#
#   namespace A, 198.18.0.1/24            namespace B, 198.18.0.2/24
#     chatbuddy-hub "LAN hub" (announces)   filepeer "bob" --find-hub --send FILE --to alice
#     filepeer "alice" --find-hub --save-to DIR
#     forger at 198.18.0.3, flood from 198.18.0.4 (python3)
#
# - Bob finds the hub and logs in without being given an address (the announced key is the
#   one the hub shows in TLS), then sends Alice a file over the LAN; it arrives intact.
# - Alice, next to the hub, hears it on 127.255.255.255 and on 198.18.0.255 and lists it once,
#   at 198.18.0.1 (so that Bob can reach her at the address the hub sees her from).
# - Forged announcements (the real hub's signature over other fields, the real hub's key
#   signed by another key, a random signature), broadcast before Bob starts and sent in answer
#   to his queries with his nonce, are refused: never listed, logged as not verifying.
# - 20,000 junk and forged datagrams broadcast while Bob runs: he still logs in and the file
#   still arrives, his memory stays modest and his counters show the flood refused.
#
# usage: tests/discovery_netns_test.sh HUB FILEPEER [MEMORY_LIMIT_MIB]
# Needs root (CAP_NET_ADMIN and CAP_SYS_ADMIN for `ip netns`), iproute2, python3 and openssl;
# exits 77 (CTest: skipped) with a sentence saying why when it cannot make the namespaces.
# Everything it makes (namespaces, processes, files) goes when it exits, also on failure.
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: $0 HUB FILEPEER [MEMORY_LIMIT_MIB]" >&2; exit 2; }
hub=$1
filepeer=$2
memory_limit_mib=${3:-100}
started=$SECONDS

skip() {
    echo "SKIP: $*"
    exit 77
}
command -v ip >/dev/null ||
    skip "cannot create network namespaces: the ip command is missing (package iproute2)"
command -v python3 >/dev/null || skip "python3 is missing (it sends the forged datagrams)"
command -v openssl >/dev/null || skip "openssl is missing (it signs a forged announcement)"

prefix=chatbuddy-netns-test
ns_a=$prefix-hub-$$
ns_b=$prefix-peer-$$
namespaces=()
pids=()
tmp=$(mktemp -d "${TMPDIR:-/tmp}/$prefix.XXXXXX")

cleanup() {
    local rc=$? ns pid
    trap - EXIT INT TERM HUP
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    for ns in "${namespaces[@]}"; do
        # Whatever this script started in there and is still running.
        for pid in $(ip netns pids "$ns" 2>/dev/null); do
            kill -KILL "$pid" 2>/dev/null || true
        done
        ip netns delete "$ns" 2>/dev/null || echo "could not delete namespace $ns" >&2
    done
    rm -rf "$tmp"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# The logs of everything started, for a failure's reader.
show_logs() {
    local log
    for log in "$tmp"/*.log; do
        [ -e "$log" ] || continue
        # Without the debug lines of each refused datagram (only counted), which bury the rest.
        echo "---- $(basename "$log") (last 40 lines; $(grep -c 'Ignored from' "$log") \"Ignored from\" lines left out)"
        grep -v 'Ignored from' "$log" | tail -n 40
    done
}
fail() {
    echo "FAIL: $*"
    show_logs
    exit 1
}

# wait_for LOG REGEX SECONDS WHAT [PID]: until LOG has a line matching REGEX (extended), at
# most SECONDS; fails sooner if PID ends first. All waits together end within 200 s, well
# before CTest's TIMEOUT, whose kill would leave no time to clean up.
wait_for() {
    local log=$1 pattern=$2 what=$4 pid=${5:-}
    local deadline=$((SECONDS + $3))
    [ "$deadline" -le $((started + 200)) ] || deadline=$((started + 200))
    until grep -qE -- "$pattern" "$log" 2>/dev/null; do
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            fail "$what: the process ended first"
        fi
        [ "$SECONDS" -lt "$deadline" ] || fail "$what: not in time"
        sleep 0.1
    done
}

# Leftovers of a run that was killed before it could clean up (its process is gone).
for ns in $(ip netns list 2>/dev/null | awk '{print $1}'); do
    case $ns in
    "$prefix"-hub-* | "$prefix"-peer-*)
        kill -0 "${ns##*-}" 2>/dev/null || ip netns delete "$ns" 2>/dev/null || true
        ;;
    esac
done

# The namespaces, a veth pair made inside them (nothing is added to this computer's own
# network), loopback up in each.
ip netns add "$ns_a" 2>"$tmp/ip.err" ||
    skip "cannot create network namespaces: $(tr '\n' ' ' <"$tmp/ip.err")(needs root:" \
        "CAP_NET_ADMIN and CAP_SYS_ADMIN)"
namespaces+=("$ns_a")
ip netns add "$ns_b" 2>"$tmp/ip.err" ||
    skip "cannot create network namespaces: $(tr '\n' ' ' <"$tmp/ip.err")"
namespaces+=("$ns_b")
ip link add veth0 netns "$ns_a" type veth peer name veth0 netns "$ns_b" 2>"$tmp/ip.err" ||
    skip "cannot create a veth pair between network namespaces: $(tr '\n' ' ' <"$tmp/ip.err")"
ip -n "$ns_a" addr add 198.18.0.1/24 dev veth0          # the hub and Alice
ip -n "$ns_a" addr add 198.18.0.3/24 dev veth0          # the forger
ip -n "$ns_a" addr add 198.18.0.4/24 dev veth0          # the flood
ip -n "$ns_b" addr add 198.18.0.2/24 dev veth0          # Bob
for ns in "$ns_a" "$ns_b"; do
    ip -n "$ns" link set lo up
    ip -n "$ns" link set veth0 up
done
echo "== namespaces $ns_a (198.18.0.1, .3, .4) and $ns_b (198.18.0.2), joined by a veth pair"

# Only discovery's own lines beyond the usual: why a datagram was refused.
export QT_LOGGING_RULES="chatbuddy.discovery.debug=true"
mkdir -p "$tmp/hub" "$tmp/saved" "$tmp/profiles"
head -c 65536 /dev/urandom >"$tmp/hello.bin"

# --- namespace A: the hub, then Alice -----------------------------------------------------------
ip netns exec "$ns_a" "$hub" --port 8080 --data-dir "$tmp/hub" --name "LAN hub" \
    >"$tmp/hub.log" 2>&1 &
hub_pid=$!
pids+=("$hub_pid")
wait_for "$tmp/hub.log" 'Announcing the hub as' 30 "the hub announcing itself" "$hub_pid"
hub_key=$(sed -n 's/.*Hub key fingerprint: //p' "$tmp/hub.log" | tr -dc '0-9a-fA-F' |
    tr 'A-F' 'a-f')
[ ${#hub_key} -eq 64 ] || fail "the hub's log does not say its key fingerprint"
echo "== hub \"LAN hub\" on 198.18.0.1:8080 (TCP) announcing on UDP 8080, key $hub_key"

ip netns exec "$ns_a" "$filepeer" --profile "$tmp/profiles/alice" --name alice --find-hub \
    --save-to "$tmp/saved" >"$tmp/alice.log" 2>&1 &
alice_pid=$!
pids+=("$alice_pid")
wait_for "$tmp/alice.log" '^logged in to ' 30 "Alice logging in to the hub she found" "$alice_pid"
grep -qx "logged in to 198.18.0.1:8080 as alice" "$tmp/alice.log" ||
    fail "Alice logged in elsewhere than 198.18.0.1:8080: $(grep '^logged in' "$tmp/alice.log")"

# --- namespace A: forged announcements, before Bob starts and in answer to his queries ----------
cat >"$tmp/forge.py" <<'EOF'
# forge.py forge KEY SPKI | flood COUNT: forged hub announcements (docs/protocol.md §11).
import base64, json, os, socket, subprocess, sys, time

def b64(data): return base64.b64encode(data).decode()
def now_ms(): return int(time.time() * 1000)
def datagram(**fields): return json.dumps(fields, separators=(',', ':')).encode()
def signed_bytes(name, port, key, when, nonce):
    fields = [b'chatbuddy hub-announce v1', name.encode(), str(port).encode(), key,
              str(when).encode(), nonce]
    return b''.join(len(f).to_bytes(4, 'big') + f for f in fields)
def announcement(name, port, key, when, nonce, sig):
    return datagram(type='hub-announce', v=1, name=name, port=port, key=b64(key), time=when,
                    nonce=b64(nonce), sig=b64(sig))
def say(*words):
    print(*words, flush=True)

def forge(key_file, spki_file):
    attacker_spki = open(spki_file, 'rb').read()
    def sign(data):  # ECDSA P-256 / SHA-256 by the attacker's key
        return subprocess.run(['openssl', 'dgst', '-sha256', '-sign', key_file], input=data,
                              stdout=subprocess.PIPE, check=True).stdout
    out = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    out.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    out.bind(('198.18.0.3', 0))
    # Ask the real hub, as any client may: its key and a signature of its to copy.
    nonce = os.urandom(16)
    query = datagram(type='hub-query', v=1, nonce=b64(nonce))
    out.settimeout(1)
    real = None
    for _ in range(20):
        out.sendto(query, ('198.18.0.255', 8080))
        try:
            answer = json.loads(out.recvfrom(2048)[0])
        except (socket.timeout, ValueError):
            continue
        if answer.get('type') == 'hub-announce' and answer.get('nonce') == b64(nonce):
            real = answer
            break
    if not real:
        sys.exit('forge: the real hub did not answer')
    real_key = base64.b64decode(real['key'])
    say('forge: copied the real hub\'s key and signature ("%s", port %d)' % (real['name'],
                                                                            real['port']))

    def forgeries(nonce):
        when = now_ms()
        # The real hub's key and its signature, over other fields.
        yield announcement('Forged hub (bad signature)', 8081, real_key, when, nonce,
                           base64.b64decode(real['sig']))
        # The real hub's key, signed by another key (a valid signature, by the wrong key).
        yield announcement('Forged hub (other key)', 8082, real_key, when, nonce,
                           sign(signed_bytes('Forged hub (other key)', 8082, real_key, when,
                                             nonce)))
        # The attacker's own key and random bytes for a signature.
        yield announcement('Forged hub (random signature)', 8083, attacker_spki, when, nonce,
                           b'\x30\x44\x02\x20' + os.urandom(32) + b'\x02\x20' + os.urandom(32))

    # Queries are broadcast: listening on the discovery port (shared, as hubs do) hears them.
    listen = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    listen.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listen.bind(('', 8080))
    listen.settimeout(0.25)
    periodic = answered = 0
    while True:
        for forged in forgeries(b''):
            out.sendto(forged, ('198.18.0.255', 8080))
        periodic += 1
        if periodic == 1:
            say('forge: broadcasting forged announcements every 0.25 s')
        deadline = time.monotonic() + 0.25
        while time.monotonic() < deadline:
            try:
                data, sender = listen.recvfrom(2048)
            except socket.timeout:
                break
            try:
                asked = json.loads(data)
            except ValueError:
                continue
            if (not isinstance(asked, dict) or asked.get('type') != 'hub-query'
                    or sender[0] == '198.18.0.3'
                    or not isinstance(asked.get('nonce'), str)):
                continue
            for forged in forgeries(base64.b64decode(asked['nonce'])):
                out.sendto(forged, sender)
            answered += 1
            say('forge: answered a query from %s:%d with 3 forgeries' % sender)

def flood(count):
    out = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    out.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    out.bind(('198.18.0.4', 0))
    key = b'\x30\x59\x30\x13' + os.urandom(87)
    start = time.monotonic()
    for i in range(count):
        kind = i % 4
        if kind == 0:    # a well-formed announcement whose signature cannot verify
            data = announcement('Flood %d' % i, 1 + i % 65535, key, now_ms(), b'',
                                os.urandom(70))
        elif kind == 1:  # not JSON
            data = os.urandom(200)
        elif kind == 2:  # longer than a datagram may be
            data = b'{"type":"hub-announce","v":1,"pad":"' + b'x' * 1400 + b'"}'
        else:            # another version
            data = datagram(type='hub-announce', v=2, name='Flood %d' % i)
        out.sendto(data, ('198.18.0.255', 8080))
        if i % 100 == 99:
            time.sleep(0.02)  # about 5,000 a second: the flood lasts while Bob works
    say('flood: %d datagrams sent in %.1f s' % (count, time.monotonic() - start))

if sys.argv[1] == 'forge':
    forge(sys.argv[2], sys.argv[3])
else:
    flood(int(sys.argv[2]))
EOF
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$tmp/attacker.key" \
    2>/dev/null
openssl pkey -in "$tmp/attacker.key" -pubout -outform DER -out "$tmp/attacker.spki" 2>/dev/null
ip netns exec "$ns_a" python3 -u "$tmp/forge.py" forge "$tmp/attacker.key" \
    "$tmp/attacker.spki" >"$tmp/forge.log" 2>&1 &
forge_pid=$!
pids+=("$forge_pid")
wait_for "$tmp/forge.log" 'broadcasting forged' 30 "the forger starting" "$forge_pid"

# --- namespace A: the flood; namespace B: Bob, with no address --------------------------------
flood_count=20000
ip netns exec "$ns_a" python3 -u "$tmp/forge.py" flood "$flood_count" >"$tmp/flood.log" 2>&1 &
flood_pid=$!
pids+=("$flood_pid")
bob_started=$SECONDS
ip netns exec "$ns_b" "$filepeer" --profile "$tmp/profiles/bob" --name bob --find-hub \
    --send "$tmp/hello.bin" --to alice >"$tmp/bob.log" 2>&1 &
bob_pid=$!
pids+=("$bob_pid")
echo "== Bob started in $ns_b with --find-hub (no address), a flood of $flood_count datagrams on"
wait_for "$tmp/bob.log" '^logged in to ' 60 "Bob logging in to the hub he found" "$bob_pid"
bob_login=$((SECONDS - bob_started))
when="during the flood"
kill -0 "$flood_pid" 2>/dev/null || when="after the flood ended"
wait_for "$tmp/alice.log" '^received hello\.bin: ' 120 "Alice receiving Bob's file" "$alice_pid"
grep -q '^received hello\.bin: done' "$tmp/alice.log" ||
    fail "the file did not arrive: $(grep '^received' "$tmp/alice.log")"
bob_done=$((SECONDS - bob_started))
[ "$(sha256sum <"$tmp/hello.bin")" = "$(sha256sum <"$tmp/saved/hello.bin")" ] ||
    fail "the file Alice saved differs from the one Bob sent"
wait_for "$tmp/flood.log" '^flood: .* sent' 60 "the flood ending" "$flood_pid"
wait_for "$tmp/forge.log" 'answered a query from 198\.18\.0\.2:' 30 \
    "the forger answering Bob's query" "$forge_pid"

# Bob's memory at its peak, then his counters (printed when he is stopped).
[ "$(cat "/proc/$bob_pid/comm" 2>/dev/null)" = "$(basename "$filepeer" | cut -c1-15)" ] ||
    fail "Bob (pid $bob_pid) is not running any more"
bob_hwm_kib=$(awk '/^VmHWM:/ {print $2}' "/proc/$bob_pid/status")
kill -TERM "$bob_pid"
wait_for "$tmp/bob.log" '^finder: ' 30 "Bob's counters"
# He quits on SIGTERM: a clean exit (under the sanitizers, also without a report).
deadline=$((SECONDS + 30))
while kill -0 "$bob_pid" 2>/dev/null; do
    [ "$SECONDS" -lt "$deadline" ] || fail "Bob did not quit within 30 s of SIGTERM"
    sleep 0.1
done
bob_status=0
wait "$bob_pid" || bob_status=$?
[ "$bob_status" -eq 0 ] || fail "Bob exited with status $bob_status after SIGTERM"
counters=$(sed -n 's/^finder: \([0-9]*\) rejected, \([0-9]*\) over rate$/\1 \2/p' "$tmp/bob.log")
read -r bob_rejected bob_over_rate <<<"$counters" || true

# --- what was heard ---------------------------------------------------------------------------
# Bob: the real hub once, at its LAN address and key, logged in there; nothing forged listed.
found_bob=$(grep -E '^(found hub|hub now) ' "$tmp/bob.log" || true)
expected="found hub \"LAN hub\" at 198.18.0.1:8080 key $hub_key"
[ "$found_bob" = "$expected" ] ||
    fail "Bob should have listed only the real hub ($expected), he listed: ${found_bob:-nothing}"
grep -qx "logged in to 198.18.0.1:8080 as bob" "$tmp/bob.log" ||
    fail "Bob logged in elsewhere: $(grep '^logged in' "$tmp/bob.log")"
! grep -q '^hub error: ' "$tmp/bob.log" || fail "Bob: $(grep '^hub error: ' "$tmp/bob.log")"
# The forgeries reached him and were refused for their signatures (the debug log says why).
refused_forged=$(grep -c 'Ignored from 198\.18\.0\.3: an announcement whose signature does not verify' \
    "$tmp/bob.log" || true)
[ "$refused_forged" -ge 3 ] ||
    fail "Bob's log shows $refused_forged forged announcements from 198.18.0.3 refused, at least 3 expected"
# Alice, next to the hub: heard on loopback and on the LAN, listed once, at the LAN address.
found_alice=$(grep -E '^(found hub|hub now) ' "$tmp/alice.log" || true)
[ "$found_alice" = "$expected" ] ||
    fail "Alice should have listed the hub once ($expected), she listed: ${found_alice:-nothing}"
# The flood: bounded memory, counted as refused.
[ -n "${bob_over_rate:-}" ] || fail "Bob's counters are missing"
[ "$bob_hwm_kib" -lt $((memory_limit_mib * 1024)) ] ||
    fail "Bob's peak memory is $((bob_hwm_kib / 1024)) MiB, over $memory_limit_mib MiB"
[ "$bob_rejected" -ge "$refused_forged" ] ||
    fail "Bob counted $bob_rejected refused datagrams, fewer than the $refused_forged logged"
[ "$((bob_rejected + bob_over_rate))" -ge 1000 ] ||
    fail "Bob counted only $bob_rejected refused and $bob_over_rate over the rate of the flood"
[ "$bob_over_rate" -gt "$bob_rejected" ] ||
    fail "most of the flood should be over the rate: $bob_rejected refused, $bob_over_rate over"

echo "== checked, in $((SECONDS - started)) s:"
echo "   Bob (198.18.0.2, no address given) found \"LAN hub\" at 198.18.0.1:8080 with the key the"
echo "   hub shows and logged in ($bob_login s after starting, $when)"
echo "   Alice (next to the hub) listed it once, at 198.18.0.1; Bob's 64 KiB file reached her intact"
echo "   (${bob_done} s after Bob started)"
echo "   forged announcements (bad signature, other key, random signature) broadcast and sent in"
echo "   answer to Bob's query: never listed; $refused_forged refused in Bob's log"
echo "   $(cat "$tmp/flood.log"): Bob's peak memory $((bob_hwm_kib / 1024)) MiB" \
    "(limit $memory_limit_mib), his finder counted $bob_rejected refused and $bob_over_rate over the rate"
