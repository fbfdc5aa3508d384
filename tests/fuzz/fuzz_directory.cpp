// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_directory: the hub's Directory driven by arbitrary sequences of transport events
// through fake connections (the pattern of tests/tst_directory.cpp): open connection, TLS
// done, frame from connection i, framing error, transport closed i, client stops or starts
// reading, time passes, shutdown. Limits are tiny so admission, rate, paging, the name
// registry's limits and the unread-output limit are all reached. The registry is one SQLite
// database in memory, emptied before every input, so an input replays the same way.
//
// The sealed mailbox is on, with tiny quotas: clients publish mailbox keys (four real
// identities made at start, one per client key, so a certified key can be valid), deposit
// envelopes (valid in form, their sealed parts arbitrary: the hub never opens them), fetch and
// acknowledge.
//
// Input: read by FuzzedDataProvider; operation codes and numbers from the end, the strings
// (names, filters, raw JSON frames) from the front.
//
// Invariants, after every step:
// - connectionCount() = connections opened and not reported closed; userCount() = those
//   that got `welcome` and were neither closed nor shut down, at most maxUsers, with
//   names unique case-insensitively; pendingCount() = the rest of the open ones, at most the
//   pending limit; per address, the limits hold;
// - nothing is sent to, closed or aborted on a connection the transport reported closed, and
//   nothing is sent after close() or abort(); each connection is closed or aborted once;
// - every frame the hub sends is a valid message of a type the hub sends; after `error` or
//   `shutdown` the connection is closed; `welcome` echoes the hello, the TLS key and the
//   address; `presence` goes only to registered watchers and never about themselves; a
//   `users` page is sorted, within the limit and lists only users online now; `user`
//   says online only for someone online now; `mail` only ever carries an envelope sealed to the
//   connection's own key, and mailbox answers go only to registered users;
// and at the end, once the transport reported every connection closed, nothing is left.

#include "fuzzregistry.h"
#include "fuzzsupport.h"

#include "connection.h"
#include "directory.h"
#include "hubconfig.h"
#include "identity.h"
#include "mailboxmessages.h"
#include "registry.h"
#include "sealedmail.h"
#include "username.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using chatbuddy::hub::HubConfig;
using namespace std::chrono_literals;

namespace {

QString keyOf(const QString &seed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// The four client keys (a fifth choice is "no client certificate"): real identities, so their
// certified mailbox keys can be valid. Made once; a mismatch between runs does not matter, the
// hub never compares keys by value beyond equality.
struct ClientKey {
    QString fingerprint;
    QByteArray identity; // DER SubjectPublicKeyInfo
    PublishKey publish;  // a valid certification of a mailbox key
};
std::vector<ClientKey> g_keys;

QString describe(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

class FakeConnection;

// The hub's monotonic time in ms, and the registry's wall clock derived from it.
qint64 g_nowMs = 0;
hub::Registry *g_registry = nullptr;

// The one registry, emptied between inputs (fuzz::emptyRegistries).
void emptyRegistry()
{
    fuzz::emptyRegistries();
    FUZZ_CHECK(g_registry->bindingCount() == 0);
}

// Everything one input needs; rebuilt per input.
struct World {
    qint64 &nowMs = g_nowMs;
    HubConfig config;
    hub::Registry *registry = g_registry;
    std::unique_ptr<hub::Directory> directory;
    std::vector<std::unique_ptr<FakeConnection>> connections;
    QString hubFingerprint = keyOf(u"hub"_s);
};

class FakeConnection : public hub::Connection {
public:
    FakeConnection(World &world, QHostAddress address, QString fingerprint, bool legacy)
        : m_world(world)
        , m_address(std::move(address))
        , m_fingerprint(std::move(fingerprint))
        , m_legacy(legacy)
    {
    }

    quint64 id() const override { return m_id; }
    QHostAddress peerAddress() const override { return m_address; }
    quint16 peerPort() const override { return quint16(40000 + m_id % 20000); }
    QString peerFingerprint() const override { return m_fingerprint; }
    QString peerKeyProblem() const override { return keyProblem; }
    bool isLegacy() const override { return m_legacy; }
    void send(const Message &message) override
    {
        const QJsonObject frame = messageToJson(message);
        FUZZ_CHECK_MSG(!reportedClosed,
                       u"frame to a connection reported closed: "_s + describe(frame));
        FUZZ_CHECK_MSG(!closed(), u"frame after close: "_s + describe(frame));
        received.append(frame);
        if (!reading)
            pendingBytes += QJsonDocument(frame).toJson(QJsonDocument::Compact).size() + 1;
        onFrame(frame);
    }
    qint64 pendingOutputBytes() const override { return pendingBytes; }
    void close() override
    {
        FUZZ_CHECK(!reportedClosed);
        FUZZ_CHECK(!closed());
        ++closeCount;
        registered = false;
    }
    void abort() override
    {
        FUZZ_CHECK(!reportedClosed);
        FUZZ_CHECK(!closed());
        ++abortCount;
        registered = false;
        // SocketConnection reports the close from inside abort(); so may a fake.
        if (reportCloseOnAbort)
            reportClosed(u"aborted"_s);
    }

    void reportClosed(const QString &reason)
    {
        if (reportedClosed)
            return;
        reportedClosed = true;
        registered = false;
        m_world.directory->connectionClosed(this, reason);
    }
    bool closed() const { return closeCount + abortCount > 0; }
    bool open() const { return !reportedClosed; }
    // The address as the directory shows it (IPv4-mapped IPv6 as IPv4).
    QString addressText() const
    {
        bool isV4 = false;
        const quint32 v4 = m_address.toIPv4Address(&isV4);
        return isV4 ? QHostAddress(v4).toString() : m_address.toString();
    }

    QString keyProblem;
    bool reading = true; // false: output piles up towards maxOutputBytes
    qint64 pendingBytes = 0;
    bool reportCloseOnAbort = false;
    bool reportedClosed = false;
    int closeCount = 0;
    int abortCount = 0;
    QList<QJsonObject> received;

    // What this client did and was told, to check the directory's answers against.
    QString helloName;       // the last hello sent
    bool sentWatch = false;  // a watch after welcome
    bool registered = false; // welcome received, not closed since
    QString registeredName;
    std::optional<ListRequest> lastList;

private:
    void onFrame(const QJsonObject &frame);

    World &m_world;
    QHostAddress m_address;
    QString m_fingerprint;
    bool m_legacy;
    static inline quint64 s_nextId = 1; // never reused, growing, as the transport's ids
    const quint64 m_id = s_nextId++;
};

// Checks one frame from the hub as it is sent.
void FakeConnection::onFrame(const QJsonObject &frame)
{
    ProtocolError error;
    const std::optional<Message> message = parseMessage(frame, &error);
    FUZZ_CHECK_MSG(message.has_value(), u"the hub sent an invalid frame: "_s + describe(frame) +
                                            u": "_s + error.message);
    if (const auto *welcome = std::get_if<Welcome>(&*message)) {
        FUZZ_CHECK(!registered);
        FUZZ_CHECK_MSG(welcome->self.name == helloName, welcome->self.name);
        FUZZ_CHECK(isValidUsername(welcome->self.name));
        FUZZ_CHECK(welcome->self.fingerprint == m_fingerprint);
        FUZZ_CHECK(welcome->self.legacy == m_legacy);
        FUZZ_CHECK_MSG(welcome->self.address == addressText(), welcome->self.address);
        FUZZ_CHECK(welcome->hubFingerprint == m_world.hubFingerprint);
        FUZZ_CHECK(welcome->heartbeatSeconds >= 1);
        // A second user of the same name (case-insensitively) is never online at once.
        for (const auto &other : m_world.connections) {
            if (other.get() != this && other->registered)
                FUZZ_CHECK_MSG(usernameKey(other->registeredName) != usernameKey(helloName),
                               helloName);
        }
        registered = true;
        registeredName = welcome->self.name;
    } else if (std::holds_alternative<ErrorReply>(*message)) {
        // Refused: close() follows at once (checked after the step).
    } else if (const auto *presence = std::get_if<Presence>(&*message)) {
        FUZZ_CHECK(registered && sentWatch);
        FUZZ_CHECK(presence->event != Presence::Event::Changed);
        FUZZ_CHECK_MSG(usernameKey(presence->user.name) != usernameKey(registeredName),
                       presence->user.name);
    } else if (const auto *page = std::get_if<UserList>(&*message)) {
        FUZZ_CHECK(registered && lastList);
        FUZZ_CHECK(page->offset == lastList->offset);
        FUZZ_CHECK(page->users.size() <= lastList->limit);
        FUZZ_CHECK(page->total <= m_world.directory->userCount());
        FUZZ_CHECK(page->users.isEmpty() ||
                   qint64(page->offset) + page->users.size() <= page->total);
        for (qsizetype i = 0; i < page->users.size(); ++i) {
            const UserInfo &user = page->users[i];
            if (i > 0)
                FUZZ_CHECK(usernameKey(page->users[i - 1].name) < usernameKey(user.name));
            if (!lastList->filter.isEmpty())
                FUZZ_CHECK(user.name.contains(lastList->filter, Qt::CaseInsensitive));
            bool online = false;
            for (const auto &other : m_world.connections) {
                online = online || (other->registered && other->registeredName == user.name &&
                                    other->peerFingerprint() == user.fingerprint &&
                                    other->addressText() == user.address);
            }
            FUZZ_CHECK_MSG(online, user.name);
        }
    } else if (const auto *result = std::get_if<LookupResult>(&*message)) {
        FUZZ_CHECK(registered);
        if (result->online) {
            bool online = false;
            for (const auto &other : m_world.connections) {
                online = online || (other->registered && other->registeredName == result->name &&
                                    other->peerFingerprint() == result->fingerprint);
            }
            FUZZ_CHECK_MSG(online, result->name);
        }
    } else if (const auto *mail = std::get_if<Mail>(&*message)) {
        FUZZ_CHECK(registered);
        FUZZ_CHECK_MSG(mail->envelope.toKey == m_fingerprint, mail->envelope.toKey);
    } else if (std::holds_alternative<Deposited>(*message) ||
               std::holds_alternative<DepositRefused>(*message) ||
               std::holds_alternative<Fetched>(*message) ||
               std::holds_alternative<Bounce>(*message) ||
               std::holds_alternative<MailWaiting>(*message)) {
        FUZZ_CHECK(registered);
    } else if (std::holds_alternative<Pong>(*message) ||
               std::holds_alternative<Shutdown>(*message)) {
    } else {
        fuzz::violated("the hub sent a message it never sends", __FILE__, __LINE__,
                       describe(frame));
    }
}

void checkWorld(World &world)
{
    const HubConfig &config = world.config;
    hub::Directory &directory = *world.directory;
    int open = 0;
    int registered = 0;
    int waiting = 0;
    QHash<QString, int> openFrom; // not closed by the directory
    QHash<QString, int> waitingFrom;
    for (const auto &c : world.connections) {
        if (!c->open())
            continue;
        ++open;
        FUZZ_CHECK(c->closeCount + c->abortCount <= 1);
        if (!c->received.isEmpty()) {
            const QString type = c->received.last().value("type"_L1).toString();
            if (type == u"error"_s || type == u"shutdown"_s)
                FUZZ_CHECK_MSG(c->closed(), u"not closed after "_s + type);
        }
        if (c->registered) {
            ++registered;
            FUZZ_CHECK(!c->closed());
        } else if (!c->closed()) {
            ++waiting;
            ++waitingFrom[c->addressText()];
        }
        if (!c->closed())
            ++openFrom[c->addressText()];
    }
    FUZZ_CHECK_MSG(directory.connectionCount() == open,
                   u"%1 connections, %2 open"_s.arg(directory.connectionCount()).arg(open));
    FUZZ_CHECK_MSG(directory.userCount() == registered,
                   u"%1 users, %2 welcomed"_s.arg(directory.userCount()).arg(registered));
    FUZZ_CHECK(directory.userCount() <= config.maxUsers);
    FUZZ_CHECK_MSG(directory.pendingCount() == waiting,
                   u"%1 pending, %2 waiting"_s.arg(directory.pendingCount()).arg(waiting));
    FUZZ_CHECK(directory.pendingCount() <= config.maxPendingConnections);
    for (auto it = openFrom.cbegin(); it != openFrom.cend(); ++it) {
        if (config.maxConnectionsPerAddress > 0)
            FUZZ_CHECK_MSG(it.value() <= config.maxConnectionsPerAddress, it.key());
    }
    for (auto it = waitingFrom.cbegin(); it != waitingFrom.cend(); ++it) {
        if (config.maxPendingPerAddress > 0)
            FUZZ_CHECK_MSG(it.value() <= config.maxPendingPerAddress, it.key());
    }
}

const QString names[] = {u"alice"_s,
                         u"Alice"_s,
                         u"bob"_s,
                         u"carol"_s,
                         u"aIice"_s,
                         u"a1ice"_s,
                         u"x"_s,
                         u"-._"_s,
                         u""_s,
                         u"bad name"_s,
                         u"abcdefghijklmnopqrstuvwxyz0123456"_s,
                         u"ALICE"_s};
const QString addresses[] = {u"192.0.2.1"_s, u"192.0.2.2"_s, u"::ffff:192.0.2.1"_s,
                             u"2001:db8::1"_s};

QString someName(FuzzedDataProvider &in)
{
    if (in.ConsumeBool())
        return names[in.ConsumeIntegralInRange<size_t>(0, std::size(names) - 1)];
    return QString::fromStdString(in.ConsumeRandomLengthString(80));
}

const ClientKey &someKey(FuzzedDataProvider &in)
{
    return g_keys[in.ConsumeIntegralInRange<size_t>(0, g_keys.size() - 1)];
}

// An envelope in valid form from `to`'s name and key (or someone else's), for a name and key
// the input picks; the sealed parts are arbitrary bytes.
Envelope someEnvelope(FuzzedDataProvider &in, FakeConnection &to)
{
    Envelope e;
    e.id = QString::number(in.ConsumeIntegralInRange(1, 6));
    e.from = in.ConsumeBool() ? to.helloName : someName(in);
    const ClientKey *own = nullptr;
    for (const ClientKey &key : g_keys)
        own = key.fingerprint == to.peerFingerprint() ? &key : own;
    const ClientKey &from = own && in.ConsumeBool() ? *own : someKey(in);
    e.fromKey = from.fingerprint;
    e.fromIdentity = from.identity;
    e.to = someName(in);
    e.toKey = someKey(in).fingerprint;
    e.sentAt = u"2026-01-01T00:00:00.000Z"_s;
    e.enc = QByteArray(65, char(in.ConsumeIntegral<quint8>()));
    e.ciphertext = QByteArray::fromStdString(in.ConsumeRandomLengthString(300));
    if (e.ciphertext.size() < 16) // the least a sealed letter can be
        e.ciphertext.append(16 - e.ciphertext.size(), 'x');
    e.signature = QByteArray(70, char(in.ConsumeIntegral<quint8>()));
    return e;
}

QJsonObject mailboxFrame(FuzzedDataProvider &in, FakeConnection &to)
{
    switch (in.ConsumeIntegralInRange(0, 3)) {
    case 0: {
        PublishKey publish = someKey(in).publish; // certified, but maybe not by this client
        if (in.ConsumeIntegralInRange(0, 3) == 0)
            publish
                .signature[in.ConsumeIntegralInRange<qsizetype>(0, publish.signature.size() - 1)] ^=
                1;
        return publish.toJson();
    }
    case 1:
        return Deposit{someEnvelope(in, to)}.toJson();
    case 2:
        return Fetch{in.ConsumeIntegralInRange(1, MaxFetchLimit)}.toJson();
    default: {
        MailAck ack;
        const int count = in.ConsumeIntegralInRange(1, 3);
        for (int i = 0; i < count; ++i)
            ack.refs.append(in.ConsumeIntegralInRange<qint64>(1, 12));
        return ack.toJson();
    }
    }
}

QJsonObject someFrame(FuzzedDataProvider &in, FakeConnection &to)
{
    switch (in.ConsumeIntegralInRange(0, 10)) {
    case 10:
        return mailboxFrame(in, to);
    case 0:
    case 1: {
        Hello hello;
        hello.name = someName(in);
        if (in.ConsumeIntegralInRange(0, 7) != 0)
            hello.port = in.ConsumeIntegralInRange<quint16>(1, 65535);
        to.helloName = hello.name;
        return hello.toJson();
    }
    case 2: {
        ListRequest list;
        list.offset = in.ConsumeIntegralInRange(0, 6);
        list.limit = in.ConsumeBool() ? in.ConsumeIntegralInRange(1, 3) : MaxListLimit;
        if (in.ConsumeIntegralInRange(0, 3) == 0)
            list.filter = someName(in).left(64);
        if (to.registered && !to.closed())
            to.lastList = list;
        return list.toJson();
    }
    case 3:
        if (to.registered && !to.closed())
            to.sentWatch = true;
        return Watch{}.toJson();
    case 4:
        return Lookup{someName(in).left(64)}.toJson();
    case 5:
        return Ping{}.toJson();
    case 6:
        return Pong{}.toJson();
    case 7:
        return Eom{}.toJson(); // not a hub request
    default: {
        // Any JSON object: what a hostile client can send in one frame.
        const std::string text = in.ConsumeRandomLengthString(1024);
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
        const QString type = o.value("type"_L1).toString();
        if (type == u"hello"_s)
            to.helloName = o.value("name"_L1).toString();
        if (type == u"watch"_s && to.registered && !to.closed())
            to.sentWatch = true;
        if (type == u"list"_s && to.registered && !to.closed()) {
            if (auto list = ListRequest::fromJson(o))
                to.lastList = *list;
        }
        return o;
    }
    }
}

// Fixed for the run: the registry lives as long as the process.
hub::Registry::Limits namesLimits()
{
    hub::Registry::Limits limits;
    limits.maxNamesPerKey = 2;
    limits.maxNewNamesPerAddressPerHour = 3;
    limits.expiryDays = 1;
    return limits;
}

FakeConnection *pick(World &world, FuzzedDataProvider &in)
{
    std::vector<FakeConnection *> open;
    for (const auto &c : world.connections) {
        if (c->open())
            open.push_back(c.get());
    }
    if (open.empty())
        return nullptr;
    return open[in.ConsumeIntegralInRange<size_t>(0, open.size() - 1)];
}

void run(FuzzedDataProvider &in)
{
    World world;
    HubConfig &config = world.config;
    config.maxUsers = in.ConsumeIntegralInRange(1, 5);
    config.maxConnectionsPerAddress = in.ConsumeIntegralInRange(0, 5);
    config.maxPendingConnections = in.ConsumeIntegralInRange(1, 6);
    config.maxPendingPerAddress = in.ConsumeIntegralInRange(0, 4);
    config.handshakeTimeout = std::chrono::milliseconds(in.ConsumeIntegralInRange(1, 3000));
    config.helloTimeout = std::chrono::milliseconds(in.ConsumeIntegralInRange(1, 10000));
    config.heartbeatInterval = 1s;
    // Batched deltas wait for a timer that never fires here; they still go out, in order,
    // ahead of any direct reply.
    config.presenceBatch = in.ConsumeBool() ? 0ms : 20ms;
    config.idleTimeout = std::chrono::milliseconds(in.ConsumeIntegralInRange(100, 9000));
    config.requestsPerSecond = in.ConsumeIntegralInRange(0, 50);
    config.requestBurst = in.ConsumeIntegralInRange(1, 12);
    config.maxOutputBytes = in.ConsumeIntegralInRange(100, 4096);
    config.names = namesLimits();
    config.mailbox.perRecipient = 3; // tiny, so the quotas are reached
    config.mailbox.perSender = 4;
    config.mailbox.expiryDays = 1;
    g_nowMs = 1'000'000;
    emptyRegistry();
    world.directory = std::make_unique<hub::Directory>(config, world.registry, world.hubFingerprint,
                                                       [&world] { return world.nowMs; });
    hub::Directory &directory = *world.directory;

    for (int step = 0; step < 400 && in.remaining_bytes() > 0; ++step) {
        switch (in.ConsumeIntegralInRange(0, 11)) {
        case 0:
        case 1: { // a client connects
            if (world.connections.size() >= 64)
                break;
            const bool legacy = in.ConsumeIntegralInRange(0, 5) == 0;
            const int key = in.ConsumeIntegralInRange(0, 4); // 4: no client certificate
            auto connection = std::make_unique<FakeConnection>(
                world, QHostAddress(addresses[in.ConsumeIntegralInRange(0, 3)]),
                legacy || key == 4 ? QString() : g_keys[size_t(key)].fingerprint, legacy);
            if (in.ConsumeIntegralInRange(0, 9) == 0)
                connection->keyProblem = u"an RSA key"_s;
            connection->reportCloseOnAbort = in.ConsumeBool();
            connection->reading = in.ConsumeIntegralInRange(0, 4) != 0;
            FakeConnection *c = connection.get();
            world.connections.push_back(std::move(connection));
            directory.connectionOpened(c);
            break;
        }
        case 2: // its TLS handshake is done
            if (FakeConnection *c = pick(world, in))
                directory.connectionSecured(c);
            break;
        case 3:
        case 4:
        case 5:
        case 6: // a frame arrives
            if (FakeConnection *c = pick(world, in)) {
                const QJsonObject frame = someFrame(in, *c);
                ProtocolError problem; // as SocketConnection hands it over
                if (const std::optional<Message> message = parseMessage(frame, &problem))
                    directory.messageReceived(c, *message);
                else
                    directory.invalidInput(c, problem);
            }
            break;
        case 7: // the transport cannot decode what arrived
            if (FakeConnection *c = pick(world, in)) {
                static constexpr ErrorCode codes[] = {
                    ErrorCode::FrameTooLarge, ErrorCode::InvalidUtf8, ErrorCode::InvalidJson,
                    ErrorCode::NotAnObject};
                directory.invalidInput(
                    c, {codes[in.ConsumeIntegralInRange(0, 3)], u"frame is broken"_s});
            }
            break;
        case 8: // the socket is gone
            if (FakeConnection *c = pick(world, in))
                c->reportClosed(u"peer closed"_s);
            break;
        case 9: // a client stops or starts reading
            if (FakeConnection *c = pick(world, in)) {
                c->reading = !c->reading;
                if (c->reading)
                    c->pendingBytes = 0;
            }
            break;
        case 10: { // time passes; the directory's timers fire
            world.nowMs += in.ConsumeIntegralInRange(0, 12000);
            directory.expireDeadlines();
            directory.sweepIdle();
            directory.sweepMailbox();
            break;
        }
        case 11:
            if (in.ConsumeIntegralInRange(0, 15) == 0)
                directory.shutdown(u"The hub is shutting down. Goodbye!"_s);
            break;
        }
        checkWorld(world);
    }

    // The transport reports every connection gone: nothing may be left behind.
    for (const auto &c : world.connections)
        c->reportClosed(u"end of input"_s);
    checkWorld(world);
    FUZZ_CHECK(directory.connectionCount() == 0);
    FUZZ_CHECK(directory.userCount() == 0);
    FUZZ_CHECK(directory.pendingCount() == 0);
    world.directory.reset();
    world.connections.clear();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::application();
    const QDateTime epoch(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    // Never destroyed: at exit QtSql's own globals may already be gone.
    g_registry = new hub::Registry(namesLimits(), [epoch] { return epoch.addMSecs(g_nowMs); });
    if (!g_registry->open(u":memory:"_s))
        fuzz::violated("Registry::open", __FILE__, __LINE__, g_registry->errorString());
    for (int i = 0; i < 4; ++i) {
        auto identity = Identity::generate(u"key%1"_s.arg(i));
        auto mailboxKey = hpke::generateKeyPair();
        if (!identity || !mailboxKey)
            fuzz::violated("key generation", __FILE__, __LINE__, u"failed"_s);
        auto publish = sealed::certifyMailboxKey(*identity, mailboxKey->publicKey);
        if (!publish)
            fuzz::violated("certifyMailboxKey", __FILE__, __LINE__, publish.error());
        g_keys.push_back({identity->fingerprint(), publish->identity, *publish});
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    run(in);
    return 0;
}
