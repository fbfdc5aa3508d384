// SPDX-License-Identifier: GPL-3.0-or-later
#include "testclient.h"

#include "tlsconfig.h"

#include <QSslConfiguration>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace chatbuddy::test {

Identity newIdentity(const QString &commonName)
{
    auto identity = Identity::generate(commonName);
    if (!identity)
        qFatal("cannot generate a test identity: %s", qUtf8Printable(identity.error()));
    return *identity;
}

Credentials foreignCredentials(const char *algorithm, int bits)
{
    EVP_PKEY *key = nullptr;
    if (qstrcmp(algorithm, "RSA") == 0)
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
    else if (qstrcmp(algorithm, "EC") == 0)
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", bits == 384 ? "P-384" : "P-521");
    else
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, algorithm);
    X509 *cert = X509_new();
    if (!key || !cert)
        qFatal("cannot make a %s test key", algorithm);
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(algorithm), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    // Ed25519 signs without a separate digest.
    const EVP_MD *digest = EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519 ? nullptr : EVP_sha256();
    if (X509_sign(cert, key, digest) <= 0)
        qFatal("cannot sign a %s test certificate", algorithm);
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert, &der);
    Credentials out;
    out.certificate =
        QSslCertificate(QByteArray(reinterpret_cast<const char *>(der), length), QSsl::Der);
    OPENSSL_free(der);
    X509_free(cert);
    out.key = QSslKey(Qt::HANDLE(key), QSsl::PrivateKey); // takes ownership of key
    return out;
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
    const Credentials mine =
        m_credentials.value_or(Credentials{m_identity.certificate(), m_identity.privateKey()});
    m_socket.setSslConfiguration(withCertificate ? tlsConfiguration(mine.certificate, mine.key)
                                                 : tlsConfiguration(QSslCertificate(), QSslKey()));
    m_disconnected = false;
    if (!m_localAddress.isNull())
        m_socket.bind(m_localAddress);
    m_socket.connectToHostEncrypted(address.toString(), port);
    return QTest::qWaitFor(
               [this] {
                   return m_socket.isEncrypted() || m_disconnected ||
                          m_socket.state() == QAbstractSocket::UnconnectedState;
               },
               DefaultTimeoutMs) &&
           m_socket.isEncrypted();
}

bool TestClient::connectPlain(quint16 port, const QHostAddress &address)
{
    m_disconnected = false;
    if (!m_localAddress.isNull())
        m_socket.bind(m_localAddress);
    m_socket.connectToHost(address, port);
    return QTest::qWaitFor(
               [this] {
                   return m_socket.state() == QAbstractSocket::ConnectedState || m_disconnected;
               },
               DefaultTimeoutMs) &&
           m_socket.state() == QAbstractSocket::ConnectedState;
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
        if (frame->value("type"_L1).toString() == ErrorReply::type) {
            if (auto error = ErrorReply::fromJson(*frame))
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
    return QTest::qWaitFor(
        [this] { return m_disconnected || m_socket.state() == QAbstractSocket::UnconnectedState; },
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

std::unique_ptr<TestClient> registeredClient(quint16 port, const QString &name,
                                             const Identity &identity)
{
    auto client = std::make_unique<TestClient>(identity);
    if (!client->connectTo(port) || !client->registerAs(name))
        return nullptr;
    return client;
}

} // namespace chatbuddy::test
