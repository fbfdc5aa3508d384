// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubfinder.h"

#include "clock.h"
#include "endpoint.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkDatagram>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDiscovery, "chatbuddy.discovery", QtWarningMsg)

namespace chatbuddy::client {

namespace {

constexpr int MaxDatagramsPerTurn = 64; // looked at per turn; more is a flood
constexpr int MaxSenders = 256;         // rate limiters kept per address
// A periodic announcement older or newer than this by our clock is a replay (or a clock far
// off): not listed. Answers to our own query carry our nonce and are fresh whatever the time.
constexpr qint64 MaxClockSkewMs = 24LL * 3600 * 1000;

} // namespace

HubFinder::HubFinder(QObject *parent)
    : HubFinder(Options{}, hub::steadyClock(), parent)
{
}

HubFinder::HubFinder(Options options, Clock clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_options(std::move(options))
    , m_clock(std::move(clock))
    , m_checks(m_options.checksPerSecond, m_options.checkBurst, m_clock())
{
    m_queryTimer.setInterval(m_options.queryInterval);
    connect(&m_queryTimer, &QTimer::timeout, this, &HubFinder::refresh);
    m_expiryTimer.setInterval(std::max<std::chrono::milliseconds>(m_options.lifetime / 5,
                                                                  std::chrono::milliseconds(200)));
    connect(&m_expiryTimer, &QTimer::timeout, this, &HubFinder::expire);
    connect(&m_listen, &QUdpSocket::readyRead, this, [this] { onReadyRead(&m_listen); });
    connect(&m_ask, &QUdpSocket::readyRead, this, [this] { onReadyRead(&m_ask); });
}

HubFinder::~HubFinder() = default;

void HubFinder::setOptions(const Options &options)
{
    m_options = options;
    m_checks = RateLimiter(m_options.checksPerSecond, m_options.checkBurst, m_clock());
    m_senders.clear();
    m_queryTimer.setInterval(m_options.queryInterval);
    m_expiryTimer.setInterval(std::max<std::chrono::milliseconds>(m_options.lifetime / 5,
                                                                  std::chrono::milliseconds(200)));
}

void HubFinder::setPinLookup(std::function<QString(const QString &)> lookup)
{
    m_pinLookup = std::move(lookup);
    if (!m_hubs.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_hubs.size()) - 1), {PinRole});
}

Status HubFinder::start()
{
    if (m_running)
        return {};
    // Shared with hubs and other clients on this computer: broadcasts reach everyone bound.
    const bool listening =
        m_listen.bind(QHostAddress::AnyIPv4, m_options.port,
                      QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint);
    if (!listening)
        qCInfo(lcDiscovery, "Not listening for hub announcements on UDP port %u: %s",
               m_options.port, qUtf8Printable(m_listen.errorString()));
    const bool asking = m_options.ask && m_ask.bind(QHostAddress::AnyIPv4, 0);
    if (!listening && !asking)
        return fail(tr("Hubs on the network cannot be found: %1")
                        .arg(m_options.ask ? m_ask.errorString() : m_listen.errorString()));
    m_running = true;
    m_expiryTimer.start();
    if (asking) {
        m_queryTimer.start();
        refresh();
    }
    return {};
}

void HubFinder::stop()
{
    m_running = false;
    m_queryTimer.stop();
    m_expiryTimer.stop();
    m_listen.close();
    m_ask.close();
}

void HubFinder::refresh()
{
    if (!m_running || m_ask.state() != QAbstractSocket::BoundState)
        return;
    m_nonce = discovery::makeNonce();
    const QByteArray query = discovery::encode(discovery::Query{m_nonce});
    const QList<QHostAddress> targets =
        m_options.targets.isEmpty() ? discovery::broadcastAddresses() : m_options.targets;
    for (const QHostAddress &target : targets) {
        if (m_ask.writeDatagram(query, target, m_options.port) != query.size())
            qCDebug(lcDiscovery, "Query to %s not sent: %s", qUtf8Printable(target.toString()),
                    qUtf8Printable(m_ask.errorString()));
    }
}

void HubFinder::onReadyRead(QUdpSocket *socket)
{
    // Everything waiting is read now (left partly unread, Qt 6.4 was seen to say readyRead no
    // more), but only
    // the first datagrams of a turn are looked at: the rest of a flood is dropped unread.
    int seen = 0;
    while (socket->hasPendingDatagrams()) {
        // Never more than a datagram may be: a longer one is cut, then refused as broken.
        const QNetworkDatagram datagram = socket->receiveDatagram(discovery::MaxDatagram + 1);
        if (++seen > MaxDatagramsPerTurn) {
            ++m_overRate;
            continue;
        }
        take(datagram.data(), datagram.senderAddress());
    }
}

bool HubFinder::allowCheck(const QHostAddress &from, qint64 now)
{
    const quint32 ip = from.toIPv4Address();
    auto sender = m_senders.find(ip);
    if (sender == m_senders.end()) {
        if (m_senders.size() >= MaxSenders)
            m_senders.clear(); // a flood from many addresses: start over rather than grow
        sender = m_senders.insert(
            ip, RateLimiter(m_options.checksPerSenderPerSecond, m_options.senderBurst, now));
    }
    // The sender's own share first, so that one address flooding cannot use up everyone's.
    return sender->take(now) && m_checks.take(now);
}

void HubFinder::take(const QByteArray &bytes, const QHostAddress &sender)
{
    bool isIPv4 = false;
    const QHostAddress from(sender.toIPv4Address(&isIPv4));
    if (!isIPv4 || bytes.size() > discovery::MaxDatagram) {
        ++m_rejected;
        return;
    }
    // Queries (ours come back through the broadcast, other clients ask too) are for hubs.
    if (discovery::decodeQuery(bytes))
        return;
    if (!allowCheck(from, m_clock())) {
        ++m_overRate;
        return;
    }
    const auto announcement = discovery::decodeAnnouncement(bytes);
    if (!announcement) {
        ++m_rejected;
        qCDebug(lcDiscovery, "Ignored from %s: %s", qUtf8Printable(from.toString()),
                qUtf8Printable(announcement.error()));
        return;
    }
    const bool answersUs = !m_nonce.isEmpty() && announcement->nonce == m_nonce;
    const qint64 skew = QDateTime::currentMSecsSinceEpoch() - announcement->time;
    if (!answersUs && std::abs(skew) > MaxClockSkewMs) {
        ++m_rejected;
        return;
    }
    add(*announcement, from);
}

void HubFinder::add(const discovery::Announcement &announcement, const QHostAddress &from)
{
    const bool answersUs = !m_nonce.isEmpty() && announcement.nonce == m_nonce;
    FoundHub hub{announcement.name,          from,      announcement.port,
                 announcement.fingerprint(), m_clock(), answersUs ? m_nonce : QByteArray()};
    for (qsizetype i = 0; i < m_hubs.size(); ++i) {
        FoundHub &known = m_hubs[i];
        // One entry per address and port: a hub that changed its name or key replaces itself.
        const bool samePlace = known.address == hub.address && known.port == hub.port;
        // One entry per hub: the same key and port heard on several networks (on this
        // computer, through 127.255.255.255 and the LAN) is one hub, listed at an address
        // other computers can reach, since the hub tells them the address it sees us from.
        const bool sameHub = known.fingerprint == hub.fingerprint && known.port == hub.port;
        if (!samePlace && !sameHub)
            continue;
        // Heard elsewhere: the address moves from loopback to the LAN, and to where the hub
        // answered our latest query if it has not answered it at the old address (a hub
        // that changed its address; an old announcement sent again from somewhere else).
        const bool toLan = known.address.isLoopback() && !hub.address.isLoopback();
        const bool answeredThere = !hub.answered.isEmpty() && known.answered != hub.answered &&
                                   !(hub.address.isLoopback() && !known.address.isLoopback());
        if (!samePlace && !toLan && !answeredThere) {
            known.seenMs = hub.seenMs; // the address stays
            return;
        }
        if (samePlace && hub.answered.isEmpty())
            hub.answered = known.answered; // a periodic announcement: still the answer it gave
        const bool changed = known.name != hub.name || known.fingerprint != hub.fingerprint ||
                             known.address != hub.address;
        known = hub;
        if (changed)
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        return;
    }
    if (m_hubs.size() >= m_options.maxHubs) {
        // Full: the one not heard from for longest goes.
        const auto oldest = std::min_element(
            m_hubs.cbegin(), m_hubs.cend(),
            [](const FoundHub &a, const FoundHub &b) { return a.seenMs < b.seenMs; });
        const int row = int(oldest - m_hubs.cbegin());
        beginRemoveRows({}, row, row);
        m_hubs.removeAt(row);
        endRemoveRows();
    }
    // Sorted by name, then address, so that the list does not jump about.
    const auto at = std::lower_bound(
        m_hubs.cbegin(), m_hubs.cend(), hub, [](const FoundHub &a, const FoundHub &b) {
            const int byName = a.name.localeAwareCompare(b.name);
            if (byName != 0)
                return byName < 0;
            return a.address.toIPv4Address() < b.address.toIPv4Address();
        });
    const int row = int(at - m_hubs.cbegin());
    beginInsertRows({}, row, row);
    m_hubs.insert(row, hub);
    endInsertRows();
}

void HubFinder::expire()
{
    const qint64 now = m_clock();
    for (qsizetype i = m_hubs.size() - 1; i >= 0; --i) {
        if (now - m_hubs[i].seenMs > m_options.lifetime.count()) {
            beginRemoveRows({}, int(i), int(i));
            m_hubs.removeAt(i);
            endRemoveRows();
        }
    }
}

HubFinder::Pin HubFinder::pinOf(const FoundHub &hub) const
{
    const QString pinned =
        m_pinLookup ? m_pinLookup(endpointText(hub.host(), hub.port)) : QString();
    if (pinned.isEmpty())
        return Pin::New;
    return pinned == hub.fingerprint ? Pin::Known : Pin::Changed;
}

int HubFinder::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hubs.size());
}

QVariant HubFinder::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hubs.size())
        return {};
    const FoundHub &hub = m_hubs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return hub.name;
    case HostRole:
        return hub.host();
    case PortRole:
        return hub.port;
    case FingerprintRole:
        return hub.fingerprint;
    case PinRole:
        return QVariant::fromValue(pinOf(hub));
    default:
        return {};
    }
}

} // namespace chatbuddy::client
