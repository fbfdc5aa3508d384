#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A ChatBuddy peer written from docs/protocol.md alone, with Python's standard library: it
registers at the hub, chats with the desktop client's core over TLS 1.3, checks keys against
the directory, answers keep-alive pings and keeps an idle chat open. It proves the document
is enough to write a peer (tst_protocolpeer runs it). Talks to 127.0.0.1 only.

usage: protocolpeer.py listen   HUBPORT CERT KEY NAME PEERCERT IDLE
           register NAME at the hub with its own chat port, wait for one chat, accept it;
           PEERCERT: the expected caller's certificate (Python's ssl can only ask a client for
           a certificate it can verify, so the caller's self-signed one is trusted as its own
           issuer; the key is then checked against the directory as §6 says)
       protocolpeer.py initiate HUBPORT CERT KEY NAME TARGET IDLE
           register NAME, look TARGET up, open a chat to it
Both then: exchange one message each way with acks, stay idle for IDLE seconds answering
pings, send one more message, and end with `eom` (initiate) or wait for the other's `eom`
(listen). Prints progress lines ("registered", "chatting", "pings N", "done") to stdout;
exits non-zero on any protocol violation.
"""
import datetime
import hashlib
import json
import select
import socket
import ssl
import sys
import time


def fail(message):
    print(f"error: {message}", flush=True)
    sys.exit(1)


def say(message):
    print(message, flush=True)


class Link:
    """One TLS connection carrying newline-delimited JSON frames (§2)."""

    def __init__(self, sock):
        self.sock = sock
        self.buffer = b""

    def send(self, frame):
        self.sock.sendall((json.dumps(frame, separators=(",", ":")) + "\n").encode())

    def receive(self, timeout):
        """The next frame, or None if the other side closed. Fails on a timeout."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                fail("timed out waiting for a frame")
            if not self.sock.pending():
                ready, _, _ = select.select([self.sock], [], [], remaining)
                if not ready:
                    continue
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk
            if len(self.buffer) > 65536 and b"\n" not in self.buffer:
                fail("frame larger than 64 KiB")
        line, self.buffer = self.buffer.split(b"\n", 1)
        frame = json.loads(line)
        if not isinstance(frame, dict) or "type" not in frame:
            fail(f"not a frame: {line!r}")
        return frame


def fingerprint_of(der):
    """SHA-256 of the certificate's SubjectPublicKeyInfo, 64 lowercase hex digits (§1)."""

    def element(data, offset):
        # One DER element at offset: (start of contents, end of element).
        length = data[offset + 1]
        start = offset + 2
        if length & 0x80:
            count = length & 0x7F
            length = int.from_bytes(data[start:start + count], "big")
            start += count
        return start, start + length

    certificate_contents, _ = element(der, 0)               # Certificate ::= SEQUENCE
    tbs_contents, _ = element(der, certificate_contents)   # tbsCertificate ::= SEQUENCE
    offset = tbs_contents
    if der[offset] == 0xA0:                  # [0] version
        offset = element(der, offset)[1]
    for _ in range(5):                       # serial, signature, issuer, validity, subject
        offset = element(der, offset)[1]
    spki_end = element(der, offset)[1]
    return hashlib.sha256(der[offset:spki_end]).hexdigest()


def context(cert, key, server, peer_cert=None):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER if server else ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.load_cert_chain(cert, key)
    if server:
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(peer_cert)
    else:
        # Trust comes from the fingerprint, checked after the handshake (§1).
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def register(hub_port, cert, key, name, chat_port):
    hub = Link(context(cert, key, server=False).wrap_socket(
        socket.create_connection(("127.0.0.1", hub_port), timeout=10)))
    hub.send({"type": "hello", "protocol": 1, "name": name, "port": chat_port})
    welcome = hub.receive(10)
    if not welcome or welcome["type"] != "welcome":
        fail(f"hub refused: {welcome}")
    say("registered")
    return hub


def lookup(hub, name):
    hub.send({"type": "lookup", "name": name})
    while True:
        frame = hub.receive(10)
        if frame is None:
            fail("hub closed")
        if frame["type"] == "user":
            return frame


def now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class Chat:
    def __init__(self, link):
        self.link = link
        self.pings = 0
        self.next_id = 1

    def expect(self, wanted, timeout=10):
        """The next frame of type wanted, answering pings meanwhile (§6)."""
        while True:
            frame = self.link.receive(timeout)
            if frame is None:
                fail(f"chat closed while waiting for {wanted}")
            if frame["type"] == "ping":
                self.pings += 1
                self.link.send({"type": "pong"})
                continue
            if frame["type"] == "pong":
                continue
            if frame["type"] != wanted:
                fail(f"expected {wanted}, got {frame}")
            return frame

    def send_message(self, text):
        message_id = str(self.next_id)
        self.next_id += 1
        self.link.send({"type": "msg", "id": message_id, "text": text, "sentAt": now()})
        ack = self.expect("ack")
        if ack["id"] != message_id:
            fail(f"ack for {ack['id']}, not {message_id}")

    def receive_message(self):
        message = self.expect("msg")
        self.link.send({"type": "ack", "id": message["id"]})
        return message["text"]

    def idle(self, seconds):
        """Say nothing for a while; only answer pings."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.link.sock], [], [], deadline - time.monotonic())
            if not ready and not self.link.sock.pending():
                continue
            frame = self.link.receive(1)
            if frame is None:
                fail("the chat was closed while idle")
            if frame["type"] == "ping":
                self.pings += 1
                self.link.send({"type": "pong"})
            elif frame["type"] != "pong":
                fail(f"unexpected {frame} while idle")
        say(f"pings {self.pings}")


def converse(chat, idle, me):
    chat.send_message(f"hello from {me}")
    say(f"received {chat.receive_message()}")
    chat.idle(idle)
    chat.send_message(f"{me} is still here")


def listen(hub_port, cert, key, name, peer_cert, idle):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    hub = register(hub_port, cert, key, name, server.getsockname()[1])
    raw, _ = server.accept()
    link = Link(context(cert, key, server=True, peer_cert=peer_cert).wrap_socket(raw, server_side=True))
    caller_key = fingerprint_of(link.sock.getpeercert(binary_form=True))
    hello = link.receive(10)
    if not hello or hello["type"] != "hello" or hello.get("protocol") != 1:
        fail(f"expected hello, got {hello}")
    bound = lookup(hub, hello["name"])["fingerprint"]
    if bound != caller_key:
        link.send({"type": "error", "code": "key-mismatch"})
        fail(f"{hello['name']} presents {caller_key}, the hub says {bound}")
    link.send({"type": "hello", "protocol": 1, "name": name})
    say("chatting")
    chat = Chat(link)
    converse(chat, idle, name)
    chat.expect("eom", timeout=30)
    say("done")


def initiate(hub_port, cert, key, name, target, idle):
    hub = register(hub_port, cert, key, name, 9)  # we only call out; any port will do
    entry = lookup(hub, target)
    if not entry["online"]:
        fail(f"{target} is not online")
    raw = socket.create_connection((entry["address"], entry["port"]), timeout=10)
    link = Link(context(cert, key, server=False).wrap_socket(raw))
    if fingerprint_of(link.sock.getpeercert(binary_form=True)) != entry["fingerprint"]:
        fail(f"{target} does not present the key the directory gives")
    link.send({"type": "hello", "protocol": 1, "name": name})
    chat = Chat(link)
    chat.expect("hello", timeout=30)
    say("chatting")
    converse(chat, idle, name)
    link.send({"type": "eom"})
    link.sock.close()
    say("done")


def main():
    mode, hub_port, cert, key, name, other, idle = sys.argv[1:8]
    if mode == "listen":
        listen(int(hub_port), cert, key, name, other, float(idle))
    else:
        initiate(int(hub_port), cert, key, name, other, float(idle))


if __name__ == "__main__":
    main()
