#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A hub client in another process that writes everything before it reads anything, as a
script with blocking sockets does. A hub that closes with unread input resets the connection,
and the reset destroys its last frame (the error saying why) before this client reads it.

usage: floodclient.py flood PORT CERT KEY NAME COUNT
           register as NAME, then send COUNT `list` requests in one go, then read
       floodclient.py eager PORT CERT KEY NAME COUNT CLIENTS
           CLIENTS connections, each sending hello and COUNT requests right after the
           handshake, then reading
Prints one JSON object per connection: {"users": N, "error": CODE or null, "end": HOW}.
Talks to 127.0.0.1 only.
"""
import json
import selectors
import socket
import ssl
import sys


def connect(port, cert, key):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the hub's key is pinned by real clients, not here
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.load_cert_chain(cert, key)
    raw = socket.create_connection(("127.0.0.1", port), timeout=15)
    return context.wrap_socket(raw)


def frame(obj):
    return (json.dumps(obj, separators=(",", ":")) + "\n").encode()


def hello(name):
    return frame({"type": "hello", "protocol": 1, "name": name, "port": 9090})


def read_all(sock, summary):
    buffer = b""
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                summary["end"] = "eof"
                break
            buffer += chunk
    except (ConnectionResetError, ssl.SSLError, OSError) as error:
        summary["end"] = type(error).__name__
    for line in buffer.split(b"\n"):
        if not line:
            continue
        message = json.loads(line)
        if message.get("type") == "users":
            summary["users"] += 1
        elif message.get("type") == "error":
            summary["error"] = message.get("code")


def send_all(sock, data, summary):
    try:
        sock.sendall(data)
    except (ConnectionResetError, BrokenPipeError, ssl.SSLError, OSError) as error:
        summary["send"] = type(error).__name__


def flood(port, cert, key, name, count):
    sock = connect(port, cert, key)
    summary = {"users": 0, "error": None, "end": None}
    sock.sendall(hello(name))
    welcome = b""
    while not welcome.endswith(b"\n"):
        welcome += sock.recv(1)
    if json.loads(welcome).get("type") != "welcome":
        summary["end"] = "not welcomed"
        return [summary]
    send_all(sock, frame({"type": "list"}) * count, summary)
    read_all(sock, summary)
    return [summary]


def eager(port, cert, key, name, count, clients):
    opened = []
    for index in range(clients):
        burst = hello(f"{name}{index}") + frame({"type": "list"}) * count
        sock = connect(port, cert, key)
        summary = {"users": 0, "error": None, "end": None}
        send_all(sock, burst, summary)
        opened.append((sock, summary))
    # Read them all at once: a refused one ends with EOF, an admitted one once every request
    # is answered (it is then closed by us).
    waiting = {sock: [summary, b""] for sock, summary in opened}
    selector = selectors.DefaultSelector()
    for sock in waiting:
        sock.setblocking(False)
        selector.register(sock, selectors.EVENT_READ)
    while waiting:
        events = selector.select(timeout=15)
        if not events:
            break
        for key, _ in events:
            sock = key.fileobj
            summary, buffer = waiting[sock]
            try:
                chunk = sock.recv(65536)
            except ssl.SSLWantReadError:
                continue
            except (ConnectionResetError, ssl.SSLError, OSError) as error:
                chunk, summary["end"] = None, type(error).__name__
            if chunk:
                buffer += chunk
                *lines, buffer = buffer.split(b"\n")
                waiting[sock][1] = buffer
                for line in lines:
                    message = json.loads(line)
                    if message.get("type") == "users":
                        summary["users"] += 1
                    elif message.get("type") == "error":
                        summary["error"] = message.get("code")
                if summary["users"] < count:
                    continue
                summary["end"] = "answered"
            elif chunk is not None:
                summary["end"] = "eof"
            selector.unregister(sock)
            sock.close()
            del waiting[sock]
    return [summary for _, summary in opened]


def main():
    mode, port, cert, key, name, count = sys.argv[1:7]
    if mode == "flood":
        results = flood(int(port), cert, key, name, int(count))
    else:
        results = eager(int(port), cert, key, name, int(count), int(sys.argv[7]))
    for summary in results:
        print(json.dumps(summary))


if __name__ == "__main__":
    main()
