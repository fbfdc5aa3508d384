// SPDX-License-Identifier: GPL-3.0-or-later
#include "testclient.h"

#include <QSslConfiguration>
#include <QTest>

using namespace Qt::StringLiterals;

namespace chatbuddy::test {

Identity newIdentity(const QString &commonName)
{
    QString error;
    auto identity = Identity::generate(commonName, &error);
    if (!identity)
        qFatal("cannot generate a test identity: %s", qUtf8Printable(error));
    return *identity;
}

TestClient::TestClient(QObject *parent)
    : TestClient(newIdentity(), parent)
{
}

TestClient::TestClient(const Identity &identity, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
{
    connect(&m_socket, &QSslSocket::readyRead, this, &TestClient::onReadyRead);
    connect(&m_socket, &QSslSocket::disconnected, this, [this] { m_disconnected = true; });
}

bool TestClient::connectTo(quint16 port, bool withCertificate, const QHostAddress &address)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_3OrLater);
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    if (withCertificate) {
        tls.setLocalCertificate(m_identity.certificate());
        tls.setPrivateKey(m_identity.privateKey());
    }
    m_socket.setSslConfiguration(tls);
    m_disconnected = false;
    m_socket.connectToHostEncrypted(address.toString(), port);
    return QTest::qWaitFor([this] { return m_socket.isEncrypted() || m_disconnected
                                           || m_socket.state() == QAbstractSocket::UnconnectedState; },
                           DefaultTimeoutMs)
        && m_socket.isEncrypted();
}

bool TestClient::connectPlain(quint16 port, const QHostAddress &address)
{
    m_disconnected = false;
    m_socket.connectToHost(address, port);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState
                                           || m_disconnected; },
                           DefaultTimeoutMs)
        && m_socket.state() == QAbstractSocket::ConnectedState;
}

void TestClient::send(const QJsonObject &frame)
{
    m_socket.write(encodeFrame(frame));
}

void TestClient::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

void TestClient::onReadyRead()
{
    m_decoder.feed(m_socket.readAll());
    while (auto frame = m_decoder.next()) {
        if (frame->value("type"_L1).toString() == Error::type) {
            if (auto error = Error::fromJson(*frame))
                m_lastError = *error;
        }
        m_frames.append(*frame);
    }
}

std::optional<QJsonObject> TestClient::nextFrame(int timeoutMs)
{
    if (m_frames.isEmpty())
        (void)QTest::qWaitFor([this] { return !m_frames.isEmpty(); }, timeoutMs);
    if (m_frames.isEmpty())
        return std::nullopt;
    return m_frames.takeFirst();
}

std::optional<QJsonObject> TestClient::waitFor(QLatin1StringView type, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        auto frame = nextFrame(int(std::max<qint64>(0, deadline.remainingTime())));
        if (!frame)
            return std::nullopt;
        if (frame->value("type"_L1).toString() == type)
            return frame;
        m_skipped.append(*frame);
    }
}

std::optional<Welcome> TestClient::registerAs(const QString &name, quint16 chatPort)
{
    Hello hello;
    hello.name = name;
    hello.port = chatPort;
    send(hello);
    const auto frame = nextFrame();
    if (!frame)
        return std::nullopt;
    return Welcome::fromJson(*frame);
}

bool TestClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_disconnected
                                           || m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

std::optional<QList<QJsonObject>> TestClient::sync(int timeoutMs)
{
    send(Ping{});
    QList<QJsonObject> before;
    QDeadlineTimer deadline(timeoutMs);
    while (auto frame = nextFrame(int(std::max<qint64>(0, deadline.remainingTime())))) {
        if (frame->value("type"_L1).toString() == Pong::type)
            return before;
        before.append(*frame);
    }
    return std::nullopt;
}

bool TestClient::isConnected() const
{
    return !m_disconnected && m_socket.state() == QAbstractSocket::ConnectedState;
}

QString TestClient::peerFingerprint() const
{
    return fingerprintOf(m_socket.peerCertificate());
}

} // namespace chatbuddy::test
