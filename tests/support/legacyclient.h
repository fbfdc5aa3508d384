// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Behaves exactly like the original plain-text ChatBuddy CLI (origin-assignment.txt): plain
// TCP, its username as raw bytes right after connecting, then "LIST"; peers exchange raw text
// and "EOM". No newlines are added: each command is one send(), as the CLI does.

#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>

#include <functional>

namespace chatbuddy::test {

class LegacyClient : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 5000;

    explicit LegacyClient(QObject *parent = nullptr);

    bool connectTo(quint16 port, const QHostAddress &address = QHostAddress::LocalHost);
    // Adopts an accepted socket (a legacy peer on the receiving side of a chat).
    void adopt(QTcpSocket *socket);
    // Sends bytes as one write and flushes them, like the CLI's socket.send().
    void sendText(const QByteArray &text);
    // Everything received so far, and taking it.
    QByteArray received() const { return m_received; }
    QByteArray takeReceived();
    // Waits until what was received satisfies done (e.g. contains a line).
    bool waitForText(const std::function<bool(const QByteArray &)> &done,
                     int timeoutMs = DefaultTimeoutMs);
    bool waitForText(const QByteArray &fragment, int timeoutMs = DefaultTimeoutMs);
    bool waitForDisconnected(int timeoutMs = DefaultTimeoutMs);
    QTcpSocket *socket() const { return m_socket; }

private:
    QTcpSocket *m_socket; // child
    QByteArray m_received;
    bool m_disconnected = false;
};

} // namespace chatbuddy::test
