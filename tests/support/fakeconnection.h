// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A stand-in for a client connection: the directory's tests drive hub::Directory through it,
// with no sockets, and read back exactly what the directory sent and did.

#include "connection.h"
#include "directory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace chatbuddy {

// One client as the directory sees it; records everything the directory does to it.
class FakeConnection : public hub::Connection {
public:
    quint64 id() const override { return m_id; }
    QHostAddress peerAddress() const override { return address; }
    quint16 peerPort() const override { return port; }
    QString peerFingerprint() const override { return fingerprint; }
    QString peerKeyProblem() const override { return keyProblem; }
    bool isLegacy() const override { return legacy; }
    void send(const Message &message) override
    {
        if (closed())
            ++framesAfterClose;
        frames.append(messageToJson(message));
    }
    qint64 pendingOutputBytes() const override { return pendingBytes; }
    void close() override { ++closeCount; }
    void abort() override
    {
        ++abortCount;
        // SocketConnection reports the close from inside abort(); a fake can do the same.
        if (reportClosedOnAbort)
            reportClosedOnAbort->connectionClosed(this, QStringLiteral("aborted"));
    }

    bool closed() const { return closeCount + abortCount > 0; }

    QHostAddress address{QStringLiteral("192.0.2.1")};
    quint16 port = 40000;
    QString fingerprint;
    QString keyProblem;
    bool legacy = false;
    qint64 pendingBytes = 0;
    hub::Directory *reportClosedOnAbort = nullptr;

    QList<QJsonObject> frames;
    int closeCount = 0;
    int abortCount = 0;
    int framesAfterClose = 0;

private:
    static inline quint64 s_nextId = 1;
    const quint64 m_id = s_nextId++;
};

// Frames as compact JSON lines: exact, and readable when a comparison fails.
inline QByteArray dump(const QList<QJsonObject> &frames)
{
    QByteArray out;
    for (const QJsonObject &frame : frames)
        out += QJsonDocument(frame).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace chatbuddy
