// SPDX-License-Identifier: GPL-3.0-or-later
#include "announcer.h"

#include "discovery.h"
#include "hublog.h"
#include "safetext.h"

#include <QDateTime>
#include <QNetworkDatagram>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {
constexpr int MaxDatagramsPerTurn = 64; // looked at per turn; more is a flood
} // namespace

Announcer::Announcer(const Identity &identity, Settings settings, MonotonicClock clock,
                     QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_settings(std::move(settings))
    , m_clock(std::move(clock))
    , m_answers(m_settings.answersPerSecond, m_settings.answerBurst, m_clock())
{
    m_timer.setInterval(m_settings.interval);
    connect(&m_timer, &QTimer::timeout, this, &Announcer::announce);
    connect(&m_socket, &QUdpSocket::readyRead, this, &Announcer::onReadyRead);
}

Status Announcer::start()
{
    // Shared: another hub or a client on this computer may listen on the same port, and
    // broadcasts reach every one of them.
    if (!m_socket.bind(QHostAddress::AnyIPv4, m_settings.discoveryPort,
                       QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint))
        return fail(
            u"cannot listen on UDP port %1 for hub discovery: %2"_s.arg(m_settings.discoveryPort)
                .arg(m_socket.errorString()));
    announce();
    m_timer.start();
    return {};
}

void Announcer::stop()
{
    m_timer.stop();
    m_socket.close();
}

void Announcer::announce()
{
    const QList<QHostAddress> targets =
        m_settings.targets.isEmpty() ? discovery::broadcastAddresses() : m_settings.targets;
    for (const QHostAddress &target : targets)
        send(target, m_settings.discoveryPort, {});
}

bool Announcer::send(const QHostAddress &to, quint16 port, const QByteArray &nonce)
{
    discovery::Announcement announcement;
    announcement.name = m_settings.name;
    announcement.port = m_settings.hubPort;
    announcement.publicKey = publicKeyOf(m_identity.certificate());
    announcement.time = QDateTime::currentMSecsSinceEpoch();
    announcement.nonce = nonce;
    const auto datagram = discovery::encode(announcement, m_identity.privateKey());
    if (!datagram) {
        qCWarning(lcHub, "Cannot announce the hub: %s", qUtf8Printable(datagram.error()));
        return false;
    }
    if (m_socket.writeDatagram(*datagram, to, port) != datagram->size()) {
        qCDebug(lcHub, "Announcement to %s not sent: %s", qUtf8Printable(to.toString()),
                qUtf8Printable(m_socket.errorString()));
        return false;
    }
    return true;
}

void Announcer::onReadyRead()
{
    // Everything waiting is read now (left partly unread, Qt 6.4 was seen to say readyRead no
    // more), but only
    // the first datagrams of a turn are looked at: the rest of a flood is dropped unread.
    int seen = 0;
    while (m_socket.hasPendingDatagrams()) {
        // Never more than a datagram may be: a longer one is cut, then refused as broken.
        const QNetworkDatagram datagram = m_socket.receiveDatagram(discovery::MaxDatagram + 1);
        if (++seen > MaxDatagramsPerTurn) {
            ++m_refused;
            continue;
        }
        const auto query = discovery::decodeQuery(datagram.data());
        if (!query) {
            ++m_ignored; // announcements of hubs (ours too) and anything broken
            continue;
        }
        if (!m_answers.take(m_clock())) {
            ++m_refused;
            continue;
        }
        if (send(datagram.senderAddress(), quint16(datagram.senderPort()), query->nonce))
            ++m_answered;
    }
}

} // namespace chatbuddy::hub
