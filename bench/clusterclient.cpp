// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-cluster: one TLS session with a hub. Frames are handed on with the time of
// the readyRead that brought them, so that a presence frame is timed when it reached this
// process, not when the run got round to it.
#include "cluster.h"

#include "messages.h"
#include "protocol.h"

#include <QSslSocket>

#include <time.h>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench::cluster {

qint64 nowNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

Client::Client(const QString &name, const Key &key, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_key(key)
{
}

bool Client::open(quint16 port, const QHostAddress &source, QString *error)
{
    m_socket = newTlsSocket(m_key.tls, source, this, error);
    if (!m_socket)
        return false;
    connect(m_socket, &QSslSocket::encrypted, this, &Client::encrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &Client::readFrames);
    connect(m_socket, &QSslSocket::disconnected, this,
            [this] { failed(u"the hub closed the connection"_s); });
    connect(m_socket, &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { failed(m_socket->errorString()); });
    m_socket->connectToHostEncrypted(u"127.0.0.1"_s, port);
    return true;
}

qint64 Client::sendHello()
{
    Hello hello = Hello::forThisProgram(m_name, DefaultChatPort);
    hello.software = u"chatbuddy-bench-cluster"_s;
    hello.features.append(feature::PresenceScope);
    const qint64 atNs = nowNs();
    sendFrame(hello.toJson());
    return atNs;
}

void Client::sendFrame(const QJsonObject &frame)
{
    m_socket->write(encodeFrame(frame));
}

bool Client::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

void Client::close()
{
    m_closing = true;
    if (m_socket)
        m_socket->disconnectFromHost();
}

void Client::readFrames()
{
    const qint64 atNs = nowNs();
    const bool ok = chatbuddy::readFrames(*m_socket, m_decoder, [this, atNs](const QJsonObject &f) {
        const QString type = f.value("type"_L1).toString();
        if (type == Welcome::type && m_welcomeNs == 0)
            m_welcomeNs = atNs;
        if (type == ErrorReply::type)
            failed(u"%1: error %2 (%3)"_s.arg(m_name, f.value("code"_L1).toString(),
                                              f.value("message"_L1).toString()));
        else if (onFrame)
            onFrame(f, atNs);
        return !m_closing;
    });
    if (!ok && !m_closing)
        failed(u"undecodable data from the hub: %1"_s.arg(m_decoder.errorString()));
}

void Client::failed(const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true; // one report per session
    if (onFailure)
        onFailure(u"%1: %2"_s.arg(m_name, reason));
}

} // namespace chatbuddy::bench::cluster
