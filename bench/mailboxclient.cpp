// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-mailbox: one TLS client of the hub. The frames a run waits for in bulk
// (deposited, mail, fetched, pong) are told apart by their type alone, so that the client's
// own parsing adds as little as possible to what is timed; everything else is fully parsed.

#include "mailboxbench.h"

#include "messages.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench {

MailClient::MailClient(const BenchUser &user, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_name(user.name)
    , m_socket(new QSslSocket(this))
    , m_clock(clock)
{
    m_socket->setSslConfiguration(user.tls);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        Hello hello;
        hello.name = m_name;
        hello.port = DefaultChatPort;
        hello.software = u"chatbuddy-bench-mailbox"_s;
        send(hello);
    });
    connect(m_socket, &QSslSocket::readyRead, this, &MailClient::readFrames);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_closing)
            Q_EMIT closed();
        else
            reportFailure(u"the hub closed the connection"_s);
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (!(m_closing && e == QAbstractSocket::RemoteHostClosedError))
            reportFailure(m_socket->errorString());
    });
}

void MailClient::open(quint16 port)
{
    m_openedNs = m_clock.nsecsElapsed();
    m_socket->connectToHostEncrypted(u"127.0.0.1"_s, port);
}

void MailClient::close()
{
    m_closing = true;
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        Q_EMIT closed();
    else
        m_socket->disconnectFromHost(); // disconnected() follows, maybe at once
}

void MailClient::sendFrame(const QByteArray &frame)
{
    m_socket->write(frame);
}

void MailClient::readFrames()
{
    const qint64 atNs = m_clock.nsecsElapsed();
    const bool ok = chatbuddy::readFrames(*m_socket, m_decoder, [this, atNs](const QJsonObject &f) {
        handle(f, atNs);
        return !m_failed;
    });
    if (!ok)
        reportFailure(u"undecodable data from the hub: %1"_s.arg(m_decoder.errorString()));
}

void MailClient::handle(const QJsonObject &frame, qint64 atNs)
{
    const QString type = frame.value("type"_L1).toString();
    if (type == Deposited::type) {
        Q_EMIT deposited(frame.value("id"_L1).toString());
    } else if (type == Mail::type) {
        Q_EMIT mail(frame.value("ref"_L1).toInteger(), frame);
    } else if (type == Fetched::type) {
        Q_EMIT fetched(frame.value("remaining"_L1).toInt(), atNs);
    } else if (type == Pong::type) {
        Q_EMIT pong(atNs);
    } else if (type == MailWaiting::type || type == Presence::type) {
        // A sender may be told of mail for it; nobody here watches. Neither matters.
    } else if (type == DepositRefused::type) {
        ProtocolError problem;
        const auto refusal = DepositRefused::fromJson(frame, &problem);
        if (!refusal)
            reportFailure(u"invalid deposit-refused frame: %1"_s.arg(problem.message));
        else
            Q_EMIT refused(refusal->id, refusal->reason, refusal->message);
    } else {
        ProtocolError problem;
        const std::optional<Message> message = parseMessage(frame, &problem);
        if (!message) {
            reportFailure(u"invalid frame from the hub: %1"_s.arg(problem.message));
        } else if (const auto *welcome = std::get_if<Welcome>(&*message)) {
            if (welcome->has(feature::Mailbox))
                Q_EMIT welcomed(atNs);
            else
                reportFailure(u"the hub does not offer the mailbox (no \"mailbox\" in welcome)"_s);
        } else if (const auto *error = std::get_if<ErrorReply>(&*message)) {
            reportFailure(u"the hub sent error \"%1\": %2"_s.arg(error->codeName, error->message));
        } else if (std::holds_alternative<Shutdown>(*message)) {
            reportFailure(u"the hub announced its shutdown"_s);
        } else {
            reportFailure(u"unexpected \"%1\" frame from the hub"_s.arg(messageType(*message)));
        }
    }
}

void MailClient::reportFailure(const QString &reason)
{
    if (m_failed)
        return;
    m_failed = true;
    Q_EMIT failed(u"%1: %2"_s.arg(m_name, reason));
}

} // namespace chatbuddy::bench
