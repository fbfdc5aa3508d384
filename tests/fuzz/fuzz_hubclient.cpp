// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_hubclient: the desktop client's side of the hub link (desktop-client/core/
// hubconnection.cpp) fed whatever a hostile or broken hub could send, byte stream and all,
// with the user's lookups, disconnects and the client's reconnects in between. No socket:
// the bytes go through the connection's own FrameDecoder into handleFrame() as onReadyRead()
// would hand them (HubConnectionFuzzAccess is a friend for this), and a reconnect is played
// as "TLS done, hello sent" (state Registering).
//
// Input: read by FuzzedDataProvider; operations from the end, the hub's bytes (pieces as
// ConsumeRandomLengthString cuts them: backslash + other byte ends one) from the front.
//
// Invariants:
// - the users model passes QAbstractItemModelTester (fatal on any inconsistency), stays
//   sorted by usernameKey without duplicates, rowOf()/find() agree with it;
// - after a `users` page or a `presence` while online, the model holds exactly what they said;
// - leaving Registering/Online always comes with exactly one errorOccurred() and an empty
//   model; a `welcome` while registering makes the client Online with registered() once;
// - lookups waiting for an answer are never more than the lookups asked.

#include "fuzzsupport.h"

#include "hubconnection.h"
#include "messages.h"
#include "profile.h"
#include "username.h"
#include "usersmodel.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QTemporaryDir>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <memory>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;

namespace chatbuddy::client {

// The seam: what onEncrypted() and onReadyRead() would do, without a socket.
struct HubConnectionFuzzAccess {
    // As after TLS with the pinned hub and `hello` sent.
    static void registering(HubConnection &c, const QString &name, const QString &hubFingerprint)
    {
        c.m_reconnectTimer.stop(); // the fuzzer plays the reconnect itself
        c.m_name = name;
        c.m_hubFingerprint = hubFingerprint;
        c.setState(HubConnection::State::Connecting);
        c.setState(HubConnection::State::Registering);
    }
    static FrameDecoder &decoder(HubConnection &c) { return c.m_decoder; }
    static void handleFrame(HubConnection &c, const QJsonObject &frame) { c.handleFrame(frame); }
    static void decodingFailed(HubConnection &c)
    {
        c.fail(HubConnection::Error::ProtocolError, u"undecodable"_s, HubConnection::Then::Retry);
    }
    static qsizetype pendingLookups(const HubConnection &c)
    {
        return qsizetype(c.m_pendingLookups.size());
    }
    // Following the directory (hubdirectory.cpp): the `list` the next `users` answers, whether
    // a page of everyone would be taken, and whether a delta about a name would be.
    using List = HubConnection::PendingList;
    static std::optional<List> nextList(const HubConnection &c)
    {
        return c.m_pendingLists.empty() ? std::nullopt : std::optional(c.m_pendingLists.front());
    }
    static bool listing(const HubConnection &c) { return c.m_listing; }
    static void timersFire(HubConnection &c)
    {
        if (c.m_listTimer.isActive())
            c.sendLists();
        if (c.m_watchTimer.isActive())
            c.sendWatch();
    }
    static bool follows(const HubConnection &c, const QString &name)
    {
        const QString key = usernameKey(name);
        return c.m_whole || c.m_watchedSet.contains(key) || key == usernameKey(c.m_self.name);
    }
};

} // namespace chatbuddy::client

namespace {

using Access = HubConnectionFuzzAccess;

Profile *g_profile = nullptr;
const QString hubKey =
    QString::fromLatin1(QCryptographicHash::hash("hub", QCryptographicHash::Sha256).toHex());

bool connected(const HubConnection &c)
{
    return c.state() == HubConnection::State::Registering ||
           c.state() == HubConnection::State::Online;
}

void checkModel(const UsersModel &model)
{
    const QList<UserInfo> users = model.users();
    FUZZ_CHECK(model.rowCount() == users.size());
    for (qsizetype row = 0; row < users.size(); ++row) {
        const UserInfo &user = users[row];
        if (row > 0)
            FUZZ_CHECK_MSG(usernameKey(users[row - 1].name) < usernameKey(user.name), user.name);
        FUZZ_CHECK(model.rowOf(user.name) == row);
        FUZZ_CHECK(model.find(user.name) == user);
        const QModelIndex index = model.index(int(row));
        FUZZ_CHECK(model.data(index, UsersModel::NameRole).toString() == user.name);
        FUZZ_CHECK(model.data(index, UsersModel::PortRole).toInt() == user.port);
        (void)model.data(index, Qt::ToolTipRole);
        (void)model.data(index, UsersModel::EndpointRole);
        (void)model.data(index, UsersModel::IsSelfRole);
    }
}

struct Counters {
    int errors = 0;
    int registered = 0;
    int lookupsAsked = 0;
    int lookupsAnswered = 0;
};

// One frame from the hub, as onReadyRead() hands it over; checks what it did.
void deliver(HubConnection &c, const QJsonObject &frame, Counters &counters)
{
    const HubConnection::State before = c.state();
    const int errorsBefore = counters.errors;
    const int registeredBefore = counters.registered;
    // What the connection asked for decides what it takes (hubdirectory.cpp).
    const std::optional<Access::List> asked = Access::nextList(c);
    const bool pageWanted = asked && !asked->search && Access::listing(c);
    const bool searchWanted =
        asked && asked->search && !c.followsWholeDirectory() && asked->filter == c.searchText();
    // A presence delta: who the list held under its name, and whether that name is followed.
    const auto delta = Presence::fromJson(frame);
    const std::optional<UserInfo> named =
        delta ? c.users()->find(delta->user.name) : std::optional<UserInfo>();
    const bool followed = delta && Access::follows(c, delta->user.name);
    Access::handleFrame(c, frame);
    checkModel(*c.users());

    if (!connected(c)) {
        FUZZ_CHECK(counters.errors == errorsBefore + 1);
        FUZZ_CHECK(c.users()->rowCount() == 0);
        return;
    }
    FUZZ_CHECK(counters.errors == errorsBefore);
    const std::optional<Message> message = parseMessage(frame);
    FUZZ_CHECK(message.has_value()); // an invalid frame fails the connection
    if (std::holds_alternative<Welcome>(*message) && before == HubConnection::State::Registering) {
        FUZZ_CHECK(c.state() == HubConnection::State::Online);
        FUZZ_CHECK(counters.registered == registeredBefore + 1);
        FUZZ_CHECK(c.self() == std::get<Welcome>(*message).self);
    } else {
        FUZZ_CHECK(c.state() == before);
        FUZZ_CHECK(counters.registered == registeredBefore);
    }
    if (const auto *page = std::get_if<UserList>(&*message); page && (pageWanted || searchWanted)) {
        for (const UserInfo &user : page->users) {
            // The last entry of a name in the page wins.
            const auto last =
                std::find_if(page->users.crbegin(), page->users.crend(), [&](const UserInfo &u) {
                    return usernameKey(u.name) == usernameKey(user.name);
                });
            FUZZ_CHECK_MSG(c.users()->find(user.name) == *last, user.name);
        }
    } else if (const auto *presence = std::get_if<Presence>(&*message)) {
        if (presence->event == Presence::Event::Left)
            FUZZ_CHECK(!c.users()->find(presence->user.name));
        else if (followed)
            FUZZ_CHECK(c.users()->find(presence->user.name) == presence->user);
        else // a big hub: a delta about someone not watched changes nothing
            FUZZ_CHECK(c.users()->find(presence->user.name) == named);
    }
    FUZZ_CHECK(Access::pendingLookups(c) <= counters.lookupsAsked);
}

void run(FuzzedDataProvider &in)
{
    HubConnection connection(g_profile);
    Counters counters;
    QObject::connect(&connection, &HubConnection::errorOccurred, [&] { ++counters.errors; });
    QObject::connect(&connection, &HubConnection::registered, [&] { ++counters.registered; });
    QObject::connect(&connection, &HubConnection::lookupFinished,
                     [&] { ++counters.lookupsAnswered; });
    QAbstractItemModelTester tester(connection.users(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    Access::registering(connection, u"alice"_s, hubKey);
    for (int step = 0; step < 200 && in.remaining_bytes() > 0; ++step) {
        switch (in.ConsumeIntegralInRange(0, 11)) {
        default: { // bytes from the hub
            if (!connected(connection))
                break;
            const std::string bytes = in.ConsumeRandomLengthString(MaxFrameSize);
            FrameDecoder &decoder = Access::decoder(connection);
            QByteArrayView rest(bytes.data(), qsizetype(bytes.size()));
            // As readFrames(): at most room() bytes at a time, drained after each feed; a
            // frame that ends the connection ends the reading (closeSocket resets the decoder).
            while (connected(connection) && !rest.isEmpty() && !decoder.hasError()) {
                const qsizetype n = std::min(rest.size(), decoder.room());
                decoder.feed(rest.first(n));
                rest = rest.sliced(n);
                while (connected(connection)) {
                    const std::optional<QJsonObject> frame = decoder.next();
                    if (!frame)
                        break;
                    deliver(connection, *frame, counters);
                }
            }
            if (connected(connection) && decoder.hasError()) {
                const int errorsBefore = counters.errors;
                Access::decodingFailed(connection);
                FUZZ_CHECK(counters.errors == errorsBefore + 1);
                FUZZ_CHECK(connection.users()->rowCount() == 0);
            }
            break;
        }
        case 0: { // the user asks who a name is
            const std::string name = in.ConsumeRandomLengthString(40);
            ++counters.lookupsAsked;
            connection.lookup(QString::fromStdString(name));
            break;
        }
        case 1: // queued answers (lookups while offline) arrive
            QCoreApplication::sendPostedEvents(&connection);
            break;
        case 2: // the reconnect timer fires, or the user logs in again
            if (!connected(connection))
                Access::registering(connection, in.ConsumeBool() ? u"alice"_s : u"Bob"_s, hubKey);
            break;
        case 4: // the user types in the people list's filter
            connection.searchDirectory(QString::fromStdString(in.ConsumeRandomLengthString(40)));
            break;
        case 5: { // the contacts change
            QStringList names;
            QSet<QString> keys;
            const int count = in.ConsumeIntegralInRange(0, 300);
            for (int i = 0; i < count && in.remaining_bytes() > 0; ++i) {
                names.append(QString::fromStdString(in.ConsumeRandomLengthString(40)));
                if (in.ConsumeBool())
                    keys.insert(QString::fromStdString(in.ConsumeRandomLengthString(64)));
            }
            connection.setContacts(names, keys);
            break;
        }
        case 6: // the pace lets the waiting `list` go, or a search settles and is watched
            Access::timersFire(connection);
            break;
        case 3: // the user logs out
            if (in.ConsumeIntegralInRange(0, 3) == 0) {
                connection.disconnectFromHub();
                FUZZ_CHECK(connection.state() == HubConnection::State::Offline);
                FUZZ_CHECK(connection.users()->rowCount() == 0);
                FUZZ_CHECK(Access::pendingLookups(connection) == 0);
            }
            break;
        }
        checkModel(*connection.users());
    }
    connection.disconnectFromHub();
    FUZZ_CHECK(Access::pendingLookups(connection) == 0);
    QCoreApplication::sendPostedEvents(&connection);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::application();
    static QTemporaryDir dir; // one profile (and key) for the whole run
    static std::unique_ptr<Profile> profile = [] {
        auto opened = Profile::openAt(dir.path(), u"fuzz"_s);
        return opened ? std::move(opened).value() : nullptr;
    }();
    if (!profile)
        fuzz::violated("Profile::openAt", __FILE__, __LINE__, dir.path());
    g_profile = profile.get();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    run(in);
    return 0;
}
