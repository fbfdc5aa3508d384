// SPDX-License-Identifier: GPL-3.0-or-later
#include "legacyclient.h"

#include <QTest>

namespace chatbuddy::test {

LegacyClient::LegacyClient(QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
{
    adopt(m_socket);
}

void LegacyClient::adopt(QTcpSocket *socket)
{
    if (socket != m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = socket;
        socket->setParent(this);
    }
    m_disconnected = false;
    connect(socket, &QTcpSocket::readyRead, this, [this] { m_received += m_socket->readAll(); });
    connect(socket, &QTcpSocket::disconnected, this, [this] { m_disconnected = true; });
    if (socket->bytesAvailable() > 0)
        m_received += socket->readAll();
}

bool LegacyClient::connectTo(quint16 port, const QHostAddress &address)
{
    m_socket->connectToHost(address, port);
    return QTest::qWaitFor(
               [this] {
                   return m_socket->state() == QAbstractSocket::ConnectedState ||
                          m_socket->state() == QAbstractSocket::UnconnectedState;
               },
               DefaultTimeoutMs) &&
           m_socket->state() == QAbstractSocket::ConnectedState;
}

void LegacyClient::sendText(const QByteArray &text)
{
    m_socket->write(text);
    m_socket->flush();
}

QByteArray LegacyClient::takeReceived()
{
    QByteArray out;
    out.swap(m_received);
    return out;
}

bool LegacyClient::waitForText(const std::function<bool(const QByteArray &)> &done, int timeoutMs)
{
    return QTest::qWaitFor([&] { return done(m_received); }, timeoutMs);
}

bool LegacyClient::waitForText(const QByteArray &fragment, int timeoutMs)
{
    return waitForText([&fragment](const QByteArray &text) { return text.contains(fragment); },
                       timeoutMs);
}

bool LegacyClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] { return m_disconnected || m_socket->state() == QAbstractSocket::UnconnectedState; },
        timeoutMs);
}

} // namespace chatbuddy::test
