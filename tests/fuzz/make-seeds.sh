#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the seed corpora in tests/fuzz/corpus/<target>/ (kept in git; run again after the
# protocol changes). Where the seeds come from:
#   fuzz_frames     every JSON line of docs/protocol.md (``` blocks, the §7 session, inline
#                   examples), one per file, the whole §7 session in one stream, and a few
#                   with chunk sizes and small frame limits (the input header, see the .cpp)
#   fuzz_hubclient  the hub's lines of docs/protocol.md §7 and §5 as a client sees them,
#                   scripted as FuzzedDataProvider input (operations from the end)
#   fuzz_directory  scripted sessions as FuzzedDataProvider input: register, watch, list,
#                   lookup, ping, a second user, limits, time passing, shutdown
#   fuzz_legacy     docs/protocol.md §8: the CLI's name, LIST, EXIT, QUIT, chat lines, EOM
#   fuzz_identity   key/certificate pairs made with openssl here: P-256 as ChatBuddy writes
#                   them (PKCS#8) and as "EC PRIVATE KEY", a mismatched pair, P-384, RSA,
#                   Ed25519, garbage; with each way of loading (the flag byte)
#   fuzz_fileblocks transfer links as docs/protocol.md §10 writes them: an empty file, one
#                   block, several (also in chunks), a resumed one, a header of MaxFileBlock;
#                   and broken: a block too long or past the offer, an early end, a cut digest
#   fuzz_transport  client sessions with the hub's transport (mode byte, then chunks): the §7
#                   requests over TLS (whole, in one piece, cut mid-frame), broken frames, raw
#                   bytes inside TLS, half-close, reset, time passing, shutdown, no client
#                   certificate, TLS 1.2; the §8 CLI with legacy on and off; TLS-looking text
#   fuzz_discovery  hub discovery datagrams (shared/discovery.h): a query, announcements
#                   signed with a P-256 key made with openssl here (broadcast, an answer, a
#                   name of MaxNameLength); near misses: another version or type, broken
#                   base64, a nonce of 15 bytes, over MaxDatagram, a name too long or with a
#                   control character (signed), a bad signature, port 0, not JSON
# Generated keys are throwaway test material, never used anywhere else.
# usage: tests/fuzz/make-seeds.sh [TARGET...]   (needs python3 and openssl)
# With targets named, only their corpora are written again (the keys made with openssl, and so
# the other targets' seeds, would change on every run).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=$here/corpus
all=(fuzz_frames fuzz_hubclient fuzz_directory fuzz_legacy fuzz_identity fuzz_fileblocks
    fuzz_discovery fuzz_transport)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
wanted() { [[ " ${targets[*]} " == *" $1 "* ]]; }
for t in "${targets[@]}"; do
    [[ " ${all[*]} " == *" $t "* ]] || { echo "no fuzz target $t (known: ${all[*]})" >&2; exit 2; }
    rm -rf "${corpus:?}/$t"
    mkdir -p "$corpus/$t"
done

python3 - "$root/docs/protocol.md" "$corpus" "${targets[@]}" <<'EOF'
import hashlib, json, os, re, sys

doc, corpus, wanted = sys.argv[1], sys.argv[2], set(sys.argv[3:])

def write(target, name, data):
    if target not in wanted:
        return
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(corpus, target, name), 'wb') as f:
        f.write(data)

# Every JSON object on a line of the protocol document, in order, without duplicates.
frames, seen = [], set()
for line in open(doc, encoding='utf-8'):
    for m in re.finditer(r'\{.*\}', line):
        text = m.group(0)
        try:
            obj = json.loads(text)
        except ValueError:
            continue
        if isinstance(obj, dict) and 'type' in obj and text not in seen:
            seen.add(text)
            frames.append(text)
hub_lines = [f for f in frames if json.loads(f)['type'] in
             ('welcome', 'error', 'users', 'presence', 'user', 'pong', 'shutdown')]

# fuzz_frames: header [limit selector][n][n chunk sizes] + stream.
for i, f in enumerate(frames):
    write('fuzz_frames', f'doc-{i:02d}-{json.loads(f)["type"]}', b'\0\0' + f.encode() + b'\n')
session = ''.join(f + '\n' for f in frames)
write('fuzz_frames', 'session', b'\0\0' + session.encode())
write('fuzz_frames', 'session-crlf-blank', b'\0\0' + session.replace('\n', '\r\n\n').encode())
write('fuzz_frames', 'session-chunked', b'\0\x04\x01\x07\x00\x40' + session.encode())
write('fuzz_frames', 'small-limit', b'\x01\x02\x03\x05' + session.encode())
write('fuzz_frames', 'limit-300', b'\x02\x00' + session.encode())
write('fuzz_frames', 'not-objects', b'\0\0' + b'[1]\n"x"\n')
write('fuzz_frames', 'bad-utf8', b'\0\0{"type":"ping"}\n{"type":"\xff"}\n')


class Provider:
    """Builds input for libFuzzer's FuzzedDataProvider: numbers are taken from the end,
    strings (ConsumeRandomLengthString) from the front."""
    def __init__(self):
        self.front, self.back = bytearray(), []

    def int(self, value, lo, hi):
        rng = hi - lo
        assert lo <= value <= hi
        v, nbytes = value - lo, 0
        while nbytes < 8 and (rng >> (8 * nbytes)) > 0:
            nbytes += 1
        for i in reversed(range(nbytes)):   # the first byte taken is the most significant
            self.back.append((v >> (8 * i)) & 0xff)

    def bool(self, value):
        self.int(1 if value else 0, 0, 255)

    def string(self, text):
        data = text.encode() if isinstance(text, str) else text
        self.front += data.replace(b'\\', b'\\\\') + b'\\|'

    def bytes(self):
        return bytes(self.front) + bytes(reversed(self.back))


# fuzz_directory, mirroring run() in fuzz_directory.cpp.
NAMES = ['alice', 'Alice', 'bob', 'carol', 'aIice', 'a1ice', 'x', '-._', '', 'bad name',
         'abcdefghijklmnopqrstuvwxyz0123456', 'ALICE']

class Hub(Provider):
    def config(self, users=3, per_address=3, pending=4, pending_per_address=2, handshake=500,
               hello=2000, batch_presence=False, idle=3000, rate=5, burst=8, output=2048):
        self.int(users, 1, 5); self.int(per_address, 0, 5); self.int(pending, 1, 6)
        self.int(pending_per_address, 0, 4); self.int(handshake, 1, 3000)
        self.int(hello, 1, 10000); self.bool(not batch_presence)
        self.int(idle, 100, 9000); self.int(rate, 0, 50)
        self.int(burst, 1, 12); self.int(output, 100, 4096)
        self.open_count = 0
        self.live = []  # connections not reported closed, as pick() sees them

    def pick(self, i):
        # pick() chooses among the connections still open (i: in the order they were opened)
        self.int(self.live.index(i), 0, len(self.live) - 1)

    def open(self, address=0, key=0, legacy=False, bad_key=False, report_abort=False,
             reading=True):
        self.int(0, 0, 11)
        self.int(0 if legacy else 1, 0, 5); self.int(key, 0, 4); self.int(address, 0, 3)
        self.int(0 if bad_key else 1, 0, 9); self.bool(report_abort)
        self.int(1 if reading else 0, 0, 4)
        self.live.append(self.open_count)
        self.open_count += 1

    def secure(self, i):
        self.int(2, 0, 11); self.pick(i)

    def _frame(self, i, kind):
        self.int(3, 0, 11); self.pick(i); self.int(kind, 0, 10)

    def name(self, name):
        if name in NAMES:
            self.bool(True); self.int(NAMES.index(name), 0, len(NAMES) - 1)
        else:
            self.bool(False); self.string(name)

    def hello(self, i, name, port=9090):
        self._frame(i, 0); self.name(name)
        if port is None:
            self.int(0, 0, 7)
        else:
            self.int(1, 0, 7); self.int(port, 1, 65535)

    def list(self, i, offset=0, limit=None, filter=None):
        self._frame(i, 2); self.int(offset, 0, 6)
        if limit is None:
            self.bool(False)
        else:
            self.bool(True); self.int(limit, 1, 3)
        if filter is None:
            self.int(1, 0, 3)
        else:
            self.int(0, 0, 3); self.name(filter)

    def watch(self, i): self._frame(i, 3)
    def lookup(self, i, name): self._frame(i, 4); self.name(name)
    def ping(self, i): self._frame(i, 5)
    def pong(self, i): self._frame(i, 6)
    def eom(self, i): self._frame(i, 7)
    def raw(self, i, text): self._frame(i, 8); self.string(text)
    # The mailbox (kind 10); keys are the client keys 0-3 of open().
    def publish(self, i, key, corrupt_at=None):
        self._frame(i, 10); self.int(0, 0, 3); self.int(key, 0, 3)
        if corrupt_at is None:
            self.int(1, 0, 3)
        else:
            self.int(0, 0, 3); self.int(corrupt_at, 0, 70)  # a DER ECDSA signature: 70-72 bytes
    def deposit(self, i, to, to_key, msg_id=1, own_key=True, text='sealed bytes'):
        self._frame(i, 10); self.int(1, 0, 3); self.int(msg_id, 1, 6)
        self.bool(True)                      # from: the connection's hello name
        self.bool(own_key)
        if not own_key:
            self.int(3, 0, 3)                # someone else's key
        self.name(to); self.int(to_key, 0, 3)
        self.int(7, 0, 255); self.string(text); self.int(9, 0, 255)
    def fetch(self, i, limit=100): self._frame(i, 10); self.int(2, 0, 3); self.int(limit, 1, 100)
    def ack(self, i, refs):
        self._frame(i, 10); self.int(3, 0, 3); self.int(len(refs), 1, 3)
        for ref in refs:
            self.int(ref, 1, 12)
    def framing(self, i, code=0): self.int(7, 0, 11); self.pick(i); self.int(code, 0, 3)
    def close(self, i): self.int(8, 0, 11); self.pick(i); self.live.remove(i)
    def toggle_reading(self, i): self.int(9, 0, 11); self.pick(i)
    def wait(self, ms): self.int(10, 0, 11); self.int(ms, 0, 12000)
    def shutdown(self): self.int(11, 0, 11); self.int(0, 0, 15)

def directory_seed(name, script, **config):
    h = Hub(); h.config(**config); script(h); write('fuzz_directory', name, h.bytes())

def two_users(h):
    h.open(0, 0); h.secure(0); h.hello(0, 'alice'); h.watch(0); h.list(0)
    h.open(1, 1); h.secure(1); h.hello(1, 'bob'); h.list(1, 0, 1); h.list(1, 1, 1)
    h.lookup(0, 'bob'); h.lookup(1, 'carol'); h.ping(0); h.pong(1)
directory_seed('two-users', two_users)
directory_seed('two-users-leave', lambda h: (two_users(h), h.close(1), h.list(0, 0, None, 'b')))
directory_seed('same-key-again', lambda h: (two_users(h), h.open(2, 0), h.hello(2, 'ALICE')))
directory_seed('name-taken-and-bound', lambda h: (two_users(h), h.open(2, 2), h.hello(2, 'Alice'),
               h.close(0), h.open(3, 2), h.hello(3, 'alice'), h.open(0, 2), h.hello(4, 'aIice')))
directory_seed('hub-full', lambda h: [(h.open(i % 4, i % 4), h.hello(i, n))
               for i, n in enumerate(['alice', 'bob', 'carol', 'x'])], users=2)
directory_seed('per-address', lambda h: [h.open(0, i % 4) for i in range(6)])
directory_seed('timeouts', lambda h: (h.open(0, 0), h.open(1, 1), h.secure(1), h.wait(600),
               h.wait(2000), h.open(2, 2), h.secure(2), h.hello(2, 'carol'), h.wait(4000),
               h.wait(4000)))
directory_seed('rate', lambda h: (h.open(0, 0), h.hello(0, 'alice'),
               [h.ping(0) for _ in range(10)]), burst=4, rate=1)
directory_seed('not-reading', lambda h: (h.open(0, 0, reading=False),
               h.hello(0, 'alice'), h.watch(0), h.open(1, 1), h.hello(1, 'bob'),
               [h.list(0) for _ in range(5)]), output=300)
directory_seed('legacy-and-keyless', lambda h: (h.open(0, 4, legacy=True), h.hello(0, 'carol'),
               h.open(1, 4), h.hello(1, 'dave'), h.open(2, 0, bad_key=True), h.hello(2, 'erin'),
               h.open(3, 1), h.hello(3, 'carol')))
directory_seed('bad-requests', lambda h: (h.open(0, 0), h.list(0), h.hello(0, 'bad name'),
               h.open(1, 1), h.hello(1, 'bob', None), h.open(2, 2), h.eom(2),
               h.open(3, 3), h.framing(3, 1),
               h.raw(0, '{"type":"lookup"}'), h.raw(0, '{"protocol":2,"name":"x","port":1,"type":"hello"}')))
def mailbox(h):
    h.open(0, 0); h.secure(0); h.hello(0, 'alice'); h.publish(0, 0)
    h.open(1, 1); h.secure(1); h.hello(1, 'bob'); h.publish(1, 1)
    for n in range(1, 5):                    # the fourth is over bob's quota of three
        h.deposit(0, 'bob', 1, msg_id=n)
    h.deposit(0, 'bob', 1, msg_id=1)         # a duplicate
    h.deposit(0, 'bob', 2, msg_id=5)         # sealed to another key
    h.deposit(0, 'carol', 2, msg_id=6)       # nobody of that name
    h.deposit(0, 'bob', 1, msg_id=6, own_key=False)
    h.fetch(1, 2); h.ack(1, [1, 2]); h.ack(1, [1, 9]); h.fetch(1); h.fetch(0)
    h.close(1); h.deposit(0, 'bob', 1, msg_id=6); h.wait(12000)
    h.open(1, 1); h.hello(2, 'bob'); h.fetch(2); h.publish(2, 2)   # not bob's key: refused
    h.open(1, 2); h.hello(3, 'carol'); h.publish(3, 2, corrupt_at=10)
directory_seed('mailbox', mailbox, rate=50, burst=12)
directory_seed('shutdown', lambda h: (two_users(h), h.open(2, 2), h.shutdown(), h.open(3, 3)))
for i, f in enumerate(frames):
    directory_seed(f'doc-frame-{i:02d}', lambda h, f=f: (h.open(0, 0), h.hello(0, 'alice'),
                   h.raw(0, f), h.raw(0, f)))


# fuzz_hubclient, mirroring run() in fuzz_hubclient.cpp: 4-9 is bytes from the hub.
class Client(Provider):
    def hub(self, text): self.int(4, 0, 9); self.string(text)
    def lookup(self, name): self.int(0, 0, 9); self.string(name)
    def posted(self): self.int(1, 0, 9)
    def reconnect(self, bob=False): self.int(2, 0, 9); self.bool(not bob)
    def logout(self): self.int(3, 0, 9); self.int(0, 0, 3)

def client_seed(name, script):
    c = Client(); script(c); write('fuzz_hubclient', name, c.bytes())

welcome = [f for f in hub_lines if '"welcome"' in f][0]
client_seed('session', lambda c: [c.hub(f + '\n') for f in hub_lines])
client_seed('session-one-piece', lambda c: c.hub(''.join(f + '\n' for f in hub_lines)))
client_seed('lookups', lambda c: (c.lookup('bob'), c.posted(), c.hub(welcome + '\n'),
            c.lookup('bob'), c.lookup('carol'),
            c.hub('{"fingerprint":"","name":"carol","online":false,"type":"user"}\n'),
            c.logout(), c.posted()))
client_seed('errors-and-reconnect', lambda c: (c.hub(welcome + '\n'),
            c.hub('{"code":"replaced","message":"x","type":"error"}\n'), c.reconnect(),
            c.hub('{"code":"hub-full","type":"error"}\n'), c.reconnect(True),
            c.hub('{"message":"bye","type":"shutdown"}\n'), c.reconnect(),
            c.hub('{"type":"ping"}\n{"type":"nonsense"}\n')))
client_seed('paging', lambda c: (c.hub(welcome + '\n'),
            c.hub('{"offset":0,"total":3,"type":"users","users":[{"address":"192.0.2.1","fingerprint":"","name":"b","port":1}]}\n'),
            c.hub('{"offset":2147483647,"total":2147483647,"type":"users","users":[{"address":"::1","fingerprint":"","name":"B","port":2,"legacy":true}]}\n'),
            c.hub('{"event":"left","type":"presence","user":{"address":"x","fingerprint":"","name":"b","port":0}}\n')))
for i, f in enumerate(hub_lines):
    client_seed(f'doc-{i:02d}', lambda c, f=f: (c.hub(welcome + '\n'), c.hub(f + '\n')))


# fuzz_legacy: pieces as ConsumeRandomLengthString cuts them.
def legacy_seed(name, pieces):
    p = Provider()
    for piece in pieces:
        p.string(piece)
    write('fuzz_legacy', name, bytes(p.front))

legacy_seed('register-list-exit', ['alice', 'LIST', 'EXIT'])
legacy_seed('quit-lowercase', ['bob\n', 'list\n', 'quit\n'])
legacy_seed('commands-in-one-send', ['carol\nLIST\nhello\nQUIT\n'])
legacy_seed('chat', ['Hi Bob! Lunch at noon?', 'Sure, see you there.\n', 'EOM'])
legacy_seed('chat-eom-after-newline', ['two lines\nEOM\n', 'after EOM'])
legacy_seed('not-eom', ['EOM please', ' EOM ', 'eom', 'EOM\r\n'])
legacy_seed('users-text', ['=== Currently Online Users ===\nUsername: alice\nAddress: 192.0.2.10\n'
                           '-------------------\n'])
legacy_seed('server-lines', ['Error: the name "alice" is already online; pick another\n',
                             'Server shutting down...\n',
                             'ChatBuddy hub: only encrypted ChatBuddy clients are accepted here.\n'])
legacy_seed('utf8', ['J\u00fcrgen', '\u0430lice', 'bad \xff\xfe utf8'.encode('latin-1'),
                     '\t  spaced  \r\n'])


# fuzz_fileblocks: [size: 5 bytes][offset: 5 bytes][n][n chunk sizes] + the link's bytes, all
# big-endian (see fuzz_fileblocks.cpp).
def blocks_seed(name, size, stream, offset=0, chunks=b''):
    write('fuzz_fileblocks', name, size.to_bytes(5, 'big') + offset.to_bytes(5, 'big') +
          bytes([len(chunks)]) + chunks + stream)

def block(data): return len(data).to_bytes(4, 'big') + data
def end(content): return b'\0\0\0\0' + hashlib.sha256(content).digest()

MAX_BLOCK = 1 << 20
hello = b'hello'
text = b'The quick brown fox jumps over the lazy dog.\n' * 4      # 180 bytes
several = block(text[:64]) + block(text[64:65]) + block(text[65:])
blocks_seed('empty-file', 0, end(b''))
blocks_seed('one-block', 5, block(hello) + end(hello))
blocks_seed('several-blocks', len(text), several + end(text))
blocks_seed('several-blocks-chunked', len(text), several + end(text),
            chunks=bytes([1, 3, 0, 7, 64]))
blocks_seed('byte-by-byte', 5, block(hello) + end(hello), chunks=b'\x01')
blocks_seed('resumed', len(text), block(text[100:]) + end(text), offset=100)
blocks_seed('max-size-header', MAX_BLOCK, MAX_BLOCK.to_bytes(4, 'big') + text)  # waits for more
blocks_seed('huge-offer', (1 << 40) - 1, block(text) + block(text))
blocks_seed('block-too-long', 2 * MAX_BLOCK, (MAX_BLOCK + 1).to_bytes(4, 'big') + text)
blocks_seed('all-ones-header', 100, b'\xff\xff\xff\xff')
blocks_seed('more-than-offered', 10, block(b'0123456789') + block(b'and more'))
blocks_seed('block-past-offer', 4, block(hello))
blocks_seed('ended-short', 6, block(hello) + end(hello))
blocks_seed('ended-short-resumed', 8, block(b'lo') + end(b'hello'), offset=3)
blocks_seed('offset-is-size', 5, block(b'x') + end(hello), offset=5)
blocks_seed('wrong-digest', 5, block(hello) + end(b'hellO'))  # FileReceiver refuses it
blocks_seed('digest-cut', 5, block(hello) + end(hello)[:20])
blocks_seed('trailing-bytes', 5, block(hello) + end(hello) + block(b'more'), chunks=b'\x05')

# fuzz_transport: [mode] then chunks, each ended by a backslash and a byte that may say more
# (see fuzz_transport.cpp): | nothing, R raw past TLS, H half-close, F the same without
# close_notify, X reset, T 11 s pass, S the hub shuts down, K the stepped handshake goes on.
TLS, TLS_NO_CERT, LEGACY, LEGACY_OFF, TLS12 = 0, 1, 2, 3, 0xe0
SMALL_OUTPUT, STEPPED = 0x04, 0x10    # flags of the mode byte

def transport_seed(name, mode, chunks=()):
    data = bytes([mode])
    for chunk in chunks:
        text, end = chunk if isinstance(chunk, tuple) else (chunk, '|')
        text = text.encode('latin-1') if isinstance(text, str) else text
        data += text.replace(b'\\', b'\\\\') + b'\\' + end.encode()
    write('fuzz_transport', name, data)

def request(kind, **fields):
    return [f + '\n' for f in frames if json.loads(f)['type'] == kind
            and all(json.loads(f).get(k) == v for k, v in fields.items())][0]

t_hello = request('hello', name='alice')
t_session = [t_hello, request('watch'), request('list'), request('lookup', name='bob'),
             request('ping')]
t_all = ''.join(t_session)
transport_seed('tls-session', TLS, t_session)
transport_seed('tls-one-piece', TLS, [t_all])
transport_seed('tls-cut-mid-frame', TLS, [t_all[i:i + 13] for i in range(0, len(t_all), 13)])
hub_bound = ('hello', 'list', 'watch', 'lookup', 'ping', 'pong', 'publish-key', 'deposit',
             'fetch', 'mail-ack', 'check-reachability')
transport_seed('tls-doc-requests', TLS,
               [t_hello] + [f + '\n' for f in frames if json.loads(f)['type'] in hub_bound])
transport_seed('tls-bad-json', TLS, [t_hello, '{"type":\n'])
transport_seed('tls-not-object', TLS, ['[1]\n'])
transport_seed('tls-crlf-blank-lines', TLS, [t_hello.replace('\n', '\r\n\n'), '\n\n'])
transport_seed('tls-no-newline', TLS, [t_hello.rstrip('\n')])
transport_seed('tls-raw-garbage', TLS, [t_hello, ('garbage', 'R'), request('ping')])
transport_seed('tls-raw-alert', TLS, [t_hello, (b'\x15\x03\x03\x00\x02\x02\x28', 'R')])
transport_seed('tls-half-close', TLS, [(t_hello, 'H'), request('ping')])
transport_seed('tls-fin-without-notify', TLS, [(t_hello, 'F')])
transport_seed('tls-reset', TLS, [(t_hello, 'X')])
transport_seed('tls-hello-timeout', TLS, [('', 'T'), request('ping')])
transport_seed('tls-idle-timeout', TLS, [t_hello, ('', 'T'), ('', 'T'), ('', 'T')])
transport_seed('tls-shutdown', TLS, [t_hello, request('watch'), ('', 'S'), request('ping')])
transport_seed('tls-shutdown-before-hello', TLS, [('', 'S'), t_hello])
transport_seed('tls-handshake-only', TLS)
transport_seed('tls-no-certificate', TLS_NO_CERT, [t_hello, request('list')])
transport_seed('tls12-refused', TLS12, [t_hello])
transport_seed('tls-small-output', TLS | SMALL_OUTPUT,
               [t_hello, request('list') * 2, request('ping') * 12])
transport_seed('tls-stepped', TLS | STEPPED, [('', 'K'), t_hello, request('ping')])
transport_seed('tls-stepped-shutdown', TLS | STEPPED, [('', 'S'), ('', 'K'), t_hello])
transport_seed('tls-stepped-handshake-timeout', TLS | STEPPED, [('', 'T'), ('', 'K'), t_hello])
transport_seed('tls-stepped-garbage', TLS | STEPPED, [('garbage', 'R'), ('', 'K')])
transport_seed('tls-stepped-half-close', TLS | STEPPED, [('', 'H'), ('', 'K')])
transport_seed('tls-stepped-reset', TLS | STEPPED, [('', 'X')])
transport_seed('tls-stepped-never', TLS_NO_CERT | STEPPED, [t_hello])
transport_seed('legacy-small-output', LEGACY | SMALL_OUTPUT, ['alice', 'LIST\nLIST\nLIST\nLIST'])
transport_seed('legacy-session', LEGACY, ['alice', 'LIST', 'hello there', 'EXIT'])
transport_seed('legacy-lowercase', LEGACY, ['bob\n', 'list\n', 'quit\n'])
transport_seed('legacy-one-send', LEGACY, ['carol\nLIST\nQUIT\n'])
transport_seed('legacy-shutdown', LEGACY, ['alice', ('LIST', 'S'), 'LIST'])
transport_seed('legacy-half-close', LEGACY, [('alice\nLIST\n', 'H')])
transport_seed('legacy-reset', LEGACY, [('alice', 'X')])
transport_seed('legacy-time', LEGACY, ['alice', ('', 'T'), ('LIST', 'T')])
transport_seed('legacy-bad-name', LEGACY, ['bad name!', 'LIST'])
transport_seed('legacy-tls-garbage', LEGACY, [b'\x16\x03\x01\x00\x05hello'])
transport_seed('legacy-off', LEGACY_OFF, ['alice', 'LIST'])
transport_seed('legacy-off-http', LEGACY_OFF, ['GET / HTTP/1.1\r\nHost: hub\r\n\r\n'])
transport_seed('legacy-off-tls-garbage', LEGACY_OFF, [b'\x16\x03\x01garbage'])
transport_seed('legacy-off-reset', LEGACY_OFF, [('alice', 'X')])
EOF

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# fuzz_identity: [flags] key.pem \0 cert.pem (flags: 1 key, 2 cert, 4 loadOrCreate, 8 profile,
# 16/32 key/cert is a folder, 64 save and load again).
if wanted fuzz_identity; then
pair() {  # name key-generation-args...
    local name=$1
    shift
    openssl genpkey "$@" -out "$tmp/$name.key" 2>/dev/null
    openssl req -new -x509 -key "$tmp/$name.key" -subj "/O=ChatBuddy/CN=$name" -days 7300 \
        -sha256 -out "$tmp/$name.crt" 2>/dev/null
}
pair p256 -algorithm EC -pkeyopt ec_paramgen_curve:P-256
pair other -algorithm EC -pkeyopt ec_paramgen_curve:P-256
pair p384 -algorithm EC -pkeyopt ec_paramgen_curve:P-384
pair rsa -algorithm RSA -pkeyopt rsa_keygen_bits:1024
pair ed25519 -algorithm ED25519
openssl ec -in "$tmp/p256.key" -out "$tmp/p256-sec1.key" 2>/dev/null  # "EC PRIVATE KEY"
cp "$tmp/p256.crt" "$tmp/p256-sec1.crt"
seed() {  # name flags key-file cert-file
    local out=$corpus/fuzz_identity/$1
    printf "\\x$(printf %02x "$2")" >"$out"
    cat "$3" >>"$out"
    printf '\0' >>"$out"
    cat "$4" >>"$out"
}
for kind in p256 p256-sec1 p384 rsa ed25519; do
    seed "$kind-load" 3 "$tmp/$kind.key" "$tmp/$kind.crt"
done
seed p256-load-save-load 67 "$tmp/p256.key" "$tmp/p256.crt"
seed p256-loadorcreate 7 "$tmp/p256.key" "$tmp/p256.crt"
seed p256-profile 11 "$tmp/p256.key" "$tmp/p256.crt"
seed mismatched 3 "$tmp/p256.key" "$tmp/other.crt"
seed mismatched-loadorcreate 7 "$tmp/other.key" "$tmp/p256.crt"
seed key-only 1 "$tmp/p256.key" /dev/null
seed cert-only 2 /dev/null "$tmp/p256.crt"
seed nothing-create 4 /dev/null /dev/null
seed nothing-load 0 /dev/null /dev/null
seed key-is-folder 19 "$tmp/p256.key" "$tmp/p256.crt"
printf '\x03-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n\0-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n' \
    >"$corpus/fuzz_identity/garbage"
fi

# fuzz_discovery: the datagram is the whole input. Announcements are signed as
# discovery::encode() signs them (signedBytes(): length-prefixed fields, ECDSA P-256, SHA-256)
# and written as it writes them (compact JSON, keys in order); a fixed nonce and time keep
# the unsigned seeds the same from run to run.
if wanted fuzz_discovery; then
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$tmp/hub.key" 2>/dev/null
openssl pkey -in "$tmp/hub.key" -pubout -outform DER -out "$tmp/hub.spki" 2>/dev/null
python3 - "$tmp/hub.key" "$tmp/hub.spki" "$corpus/fuzz_discovery" <<'EOF'
import base64, json, os, subprocess, sys

key_file, spki_file, out = sys.argv[1], sys.argv[2], sys.argv[3]
spki = open(spki_file, 'rb').read()
NONCE = bytes.fromhex('5f0c2a9e71d4b3860e4fa1c27d9b6e13')
TIME = 1764906405123

def write(name, data):
    with open(os.path.join(out, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())

def b64(data): return base64.b64encode(data).decode()
def datagram(obj): return json.dumps(obj, separators=(',', ':'), sort_keys=True,
                                     ensure_ascii=False).encode()

def signed_bytes(name, port, key, time, nonce):
    fields = [b'chatbuddy hub-announce v1', name.encode(),
              str(port).encode(), key, str(time).encode(), nonce]
    return b''.join(len(f).to_bytes(4, 'big') + f for f in fields)

def sign(data):
    return subprocess.run(['openssl', 'dgst', '-sha256', '-sign', key_file], input=data,
                          stdout=subprocess.PIPE, check=True).stdout

def query(nonce=b64(NONCE), **changes):
    return datagram({'type': 'hub-query', 'v': 1, 'nonce': nonce, **changes})

def announcement(name='Office', port=8080, time=TIME, nonce=b'', key=spki, signed=None,
                 **changes):
    sig = sign(signed_bytes(*(signed or (name, port, key, time, nonce))))
    return datagram({'type': 'hub-announce', 'v': 1, 'name': name, 'port': port, 'key': b64(key),
                     'time': time, 'nonce': b64(nonce), 'sig': b64(sig), **changes})

write('query', query())
write('announce', announcement())
write('announce-answer', announcement(name='Build farm', port=9443, nonce=NONCE))
write('announce-utf8-name', announcement(name='B\u00fcro 3. Stock \u2013 K\u00fcche \U0001F375'))
write('announce-max-name', announcement(name='N' * 63 + '\u00e9', port=65535, time=0))
# Accepted too, though base64Field() in discovery.cpp says "no missing padding": Qt's
# AbortOnBase64DecodingErrors takes base64 without its '='.
write('query-nonce-unpadded', query(nonce=b64(NONCE).rstrip('=')))
# Near misses.
write('query-v2', query(v=2))
write('query-v-string', query(v='1'))
write('query-nonce-15', query(nonce=b64(NONCE[:15])))
write('query-bad-base64', query(nonce='not base64!'))
write('query-typed-announce', query(type='hub-announce'))
write('announce-v2', announcement(v=2))
write('announce-typed-query', announcement(type='hub-query'))
write('announce-name-65', announcement(name='N' * 65))
write('announce-name-control', announcement(name='Office\u0007\u202e'))
write('announce-name-empty', announcement(name=''))
write('announce-port-0', announcement(port=0))
write('announce-time-fraction', announcement(time=1.5, signed=('Office', 8080, spki, 1, b'')))
write('announce-nonce-15', announcement(nonce=NONCE[:15]))
write('announce-wrong-signature', announcement(signed=('Offices', 8080, spki, TIME, b'')))
write('announce-sig-bad-base64', announcement(sig='MEUCIQ*' + 'A' * 89))
write('announce-key-garbage', announcement(key=b'\x30\x59\x30\x13' + bytes(87)))
write('announce-oversized', announcement(pad='x' * 1024))
write('not-json', 'hub-query v1\n')
write('not-object', '["hub-query",1]')
EOF
fi

for t in "${targets[@]}"; do
    d=$corpus/$t
    echo "$t: $(find "$d" -type f | wc -l) files, $(du -sb "$d" | cut -f1) bytes"
done
