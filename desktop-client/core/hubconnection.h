// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The client's link to the hub: TLS with the user's identity, hub key pinned on first use,
// registration, the live users list, lookups, heartbeat, and reconnection with backoff.
//
//   Offline → Connecting (TCP + TLS, hub key checked against the pin) → Registering (hello)
//   → Online (welcome; watch, then list pages; presence deltas; lookups; pings)
//
// Following the directory (hubdirectory.cpp): while few are online the users list is everyone,
// live. On a big hub (the hub says so in `watching`, feature::PresenceScope) it is the user's
// contacts, live, plus what searchDirectory() found; the hub is searched with `list`, paced
// below its rate limit, and what was found is watched too once the search settles.
//   Online → WaitingToReconnect (lost, or shutdown notice) → Connecting … with backoff
//   Any failure before the first welcome, a changed hub key, a name refusal → Offline

#include "endpoint.h"
#include "framecodec.h"
#include "heartbeat.h"
#include "messages.h"
#include "ratelimiter.h"
#include "trustpolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <deque>
#include <optional>

class QSslSocket;

namespace chatbuddy::client {

class Profile;
class UsersModel;

class HubConnection : public QObject {
    Q_OBJECT
public:
    enum class State {
        Offline,            // not connected and not trying
        Connecting,         // TCP + TLS
        Registering,        // hello sent, waiting for welcome
        Online,             // registered; the users list is live
        WaitingToReconnect, // lost the hub after being online; retrying with backoff
    };
    Q_ENUM(State)

    enum class Error {
        Unreachable,     // no TCP connection (refused, unknown host, timeout)
        TlsFailed,       // the TLS handshake failed
        HubKeyChanged,   // the hub's key is not the pinned one: possible attack, never retried
        NotAnnouncedKey, // a hub found on the network showed another key than it announced
        NameTaken,       // someone with this name is online
        NameBound,       // the name belongs to another key
        InvalidName,     // the name breaks the rules
        HubFull,         // the hub has no room
        Replaced,        // this identity logged in again elsewhere; never retried
        Refused,         // any other error frame from the hub
        ConnectionLost,  // the hub went away after we were online
        HubShutdown,     // the hub said it is shutting down
        ProtocolError,   // the hub sent something we cannot understand
    };
    Q_ENUM(Error)

    // profile is not owned and must outlive the connection.
    explicit HubConnection(Profile *profile, QObject *parent = nullptr);
    ~HubConnection() override;

    // The chat port told to the hub in hello; set before connecting.
    void setChatPort(quint16 port) { m_chatPort = port; }
    quint16 chatPort() const { return m_chatPort; }
    // Backoff after losing the hub: first delay, doubling up to the maximum.
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);
    // Time allowed for TCP + TLS + welcome before giving up.
    void setConnectTimeout(std::chrono::milliseconds timeout) { m_connectTimeout = timeout; }

    // The key a hub found on the network announced (HubFinder), checked when the hub's address
    // has no pinned key yet: a hub that shows another one is not logged in to. Empty: none (an
    // address typed by hand: the first key seen is pinned).
    void setAnnouncedFingerprint(const QString &fingerprint) { m_announced = fingerprint; }
    QString announcedFingerprint() const { return m_announced; }

    // Starts connecting and registering as name. A failure before the first welcome ends in
    // Offline with errorOccurred(); after that, lost connections are retried.
    // hosts: one hub's address, or the hubs of one cluster separated by commas or spaces
    // ("hub1, hub2:8081"; port: for those without their own). They are tried in turn: at
    // first until one answers, and when the hub in use goes away the next one at once, then
    // in turn with backoff. They are one hub to trust: every one must show the key pinned
    // under the first address.
    void connectToHub(const QString &hosts, quint16 port, const QString &name);
    void disconnectFromHub();

    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Online; }
    QString host() const { return m_hostText; } // as given to connectToHub()
    quint16 port() const { return m_givenPort; }
    // The first hub's "host:port": the hub key is pinned under it, for all of the hubs.
    QString hubAddress() const;
    // The hub connected to, or tried, now.
    QString currentHubAddress() const { return endpointText(m_host, m_port); }
    QString userName() const { return m_name; }
    UserInfo self() const { return m_self; } // as the hub recorded us (valid when online)
    QString hubFingerprint() const { return m_hubFingerprint; }
    // After HubKeyChanged: the key the hub presented instead of the pinned one.
    QString presentedHubFingerprint() const { return m_presentedHubFingerprint; }
    UsersModel *users() const { return m_users; }
    std::chrono::milliseconds nextReconnectDelay() const { return m_reconnectDelay; }

    // Asks the hub which key a name belongs to; answered by lookupFinished(), with
    // DirectoryAnswer::unreachable() when offline or when the hub goes away first.
    void lookup(const QString &name);
    // Asks which key name has, with its certified mailbox key (keyLookupFinished()); false
    // when not online (then no answer comes).
    bool lookupKey(const QString &name);
    // What the hub offers beyond the basics (its welcome's features), while online.
    bool hubOffers(QLatin1StringView feature) const { return m_features.contains(feature); }
    // What the hub found when it tried our chat port (feature::Reachability), once it told us
    // on this connection; asks again with checkReachability() (false when the hub cannot).
    const std::optional<Reachability> &reachability() const { return m_reachability; }
    bool checkReachability();
    // Sends a request of the mailbox (docs/protocol.md §9); false when not online.
    bool sendRequest(const chatbuddy::Message &message);
    // Forgets the key pinned for the hub at hubAddress (Security → Hub Key… → Forget): the next
    // connection pins whatever key it shows.
    void forgetHubKey(const QString &hubAddress);
    QString pinnedHubKey(const QString &hubAddress) const;

    static QString stateText(State state);

    // ---- Following the directory (hubdirectory.cpp) ----
    // The people to follow live on a big hub: the user's contacts, most important first (at
    // most MaxWatchedContacts names are watched), and their keys (a contact online under another
    // name stays listed while it is).
    void setContacts(const QStringList &names, const QSet<QString> &fingerprints);
    // True while the users list is the whole directory (a small hub, or one that cannot
    // scope presence); false on a big hub: contacts plus searchDirectory()'s results.
    bool followsWholeDirectory() const { return m_whole; }
    // How many are online at the hub: the users list's count when it is the whole directory,
    // else as the hub last said (0 while not online).
    int directorySize() const;
    // On a big hub: lists the people whose name holds text (case-insensitive), up to
    // SearchLimit of them, in the users list (the last search's results leave it); an empty
    // text ends the search. Does nothing while the list is the whole directory.
    void searchDirectory(const QString &text);
    QString searchText() const { return m_searchText; }
    // How many online match searchText(), as the hub answered; -1 before it did.
    int searchMatches() const { return m_searchMatches; }

    static constexpr int SearchLimit = 50;           // people listed per search at most
    static constexpr int MaxWatchedContacts = 200;   // the rest of MaxWatchNames: search results
    static constexpr int ListRequestsPerSecond = 10; // `list` pace: half of the hub's default
    static constexpr int ListRequestBurst = 20;
    static constexpr std::chrono::milliseconds SearchSettle{500}; // then its results are watched

Q_SIGNALS:
    void stateChanged(chatbuddy::client::HubConnection::State state);
    void registered(const chatbuddy::UserInfo &self);
    void errorOccurred(chatbuddy::client::HubConnection::Error error, const QString &message);
    // First connection to this hub address: its key is now pinned.
    void hubPinned(const QString &fingerprint);
    // Reconnection is planned in delay.
    void reconnectScheduled(std::chrono::milliseconds delay);
    void lookupFinished(const QString &name, const chatbuddy::client::DirectoryAnswer &answer);
    void keyLookupFinished(const chatbuddy::LookupResult &result);
    // A mailbox reply or notice from the hub: mail, bounce, fetched, deposited,
    // deposit-refused, mail-waiting.
    void mailboxMessage(const chatbuddy::Message &message);
    // The hub tried our chat port (after welcome, and after checkReachability()).
    void reachabilityChecked(const chatbuddy::Reachability &reach);
    // The users list started or stopped being the whole directory (followsWholeDirectory()).
    void directoryScopeChanged(bool whole);
    // The hub answered searchDirectory(text) (its results are in the users list), or the
    // search ended (text empty, matches -1); also when directorySize() changed.
    void directorySearched(const QString &text, int matches);

private:
    // tests/fuzz/fuzz_hubclient.cpp hands frames to handleFrame() without a hub or a socket.
    friend struct HubConnectionFuzzAccess;

    void setState(State state);
    void openSocket();
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void handleFrame(const QJsonObject &frame);
    enum class Then { Retry, StayOffline };
    void fail(Error error, const QString &message, Then then);
    Then retryIfOnceOnline() const { return m_everOnline ? Then::Retry : Then::StayOffline; }
    // After failing on the hub in use: moves on to the next hub of the list; true when one of
    // them has not been tried since the last welcome (it is then tried at once).
    bool failOver(Error error);
    void handleWelcome(const Welcome &welcome);
    void handleErrorReply(const ErrorReply &reply);
    void send(const QJsonObject &frame);
    // hubdirectory.cpp
    void startFollowing(const Welcome &welcome);
    void stopFollowing();
    void requestPage(int offset);
    void sendLists();
    void handleUserList(const UserList &page);
    void handlePresence(const Presence &presence);
    void handleWatching(const Watching &watching);
    void showFound(const UserList &found);
    void sendWatch();
    bool keptLive(const UserInfo &user) const;
    void removeFound(QSet<QString> keys); // by value: callers pass m_found itself
    void scheduleReconnect();
    void closeSocket();

    Profile *m_profile;
    QString m_announced;
    std::optional<Reachability> m_reachability;
    UsersModel *m_users;            // child
    QSslSocket *m_socket = nullptr; // child, replaced on every attempt
    FrameDecoder m_decoder;
    QString m_hostText;      // as given: one address or several
    quint16 m_givenPort = 0; // as given: for addresses without a port of their own
    QList<Endpoint> m_hubs;  // the addresses, each with its port
    int m_hubIndex = 0;      // the one in use
    int m_untried = 0;       // others not tried since the last welcome (or since connecting)
    QString m_host;          // m_hubs[m_hubIndex]
    quint16 m_port = 0;
    QString m_name;
    quint16 m_chatPort = 0;
    State m_state = State::Offline;
    UserInfo m_self;
    QString m_hubFingerprint;
    QString m_presentedHubFingerprint;
    bool m_everOnline = false; // since connectToHub(): decides whether failures are retried
    // Following the directory (hubdirectory.cpp).
    bool m_listing = false;          // paging the users list (the whole directory)
    std::optional<int> m_pageToSend; // the next page, waiting for the pace
    bool m_searchToSend = false;     // m_searchText, waiting for the pace
    bool m_scopeAware = false;       // the hub speaks feature::PresenceScope
    bool m_whole = true;             // the users list is the whole directory
    bool m_scopeKnown = false;       // a `watching` came since welcome
    int m_directorySize = 0;         // online at the hub, as `watching` said
    struct PendingList {
        bool search = false; // else a page of the whole directory
        QString filter;
    };
    std::deque<PendingList> m_pendingLists; // in request order (replies come in order)
    QString m_searchText;
    int m_searchMatches = -1;
    QSet<QString> m_found;       // usernameKey of the search results in the users list
    QSet<QString> m_unconfirmed; // results just watched: the hub confirms who is still online
    int m_watchesInFlight = 0;
    QStringList m_contactNames;
    QSet<QString> m_contactKeys; // usernameKey of m_contactNames
    QSet<QString> m_contactFingerprints;
    QStringList m_watchedKeys; // sent in the last `watch`
    QSet<QString> m_watchedSet;
    QElapsedTimer m_clock;
    RateLimiter m_listPace{ListRequestsPerSecond, ListRequestBurst, 0};
    QTimer m_listTimer;         // sends what waits for the pace
    QTimer m_watchTimer;        // watches the settled search results and changed contacts
    bool m_hubShutDown = false; // since the hub said shutdown: retries keep saying so
    struct PendingLookup {
        QString name;
        bool forKey = false; // lookupKey(): answered by keyLookupFinished()
    };
    std::deque<PendingLookup> m_pendingLookups; // in request order (replies come in order)
    QStringList m_features;                     // the hub's, from welcome
    Heartbeat m_heartbeat;
    QTimer m_reconnectTimer;
    QTimer m_connectTimer;
    std::chrono::milliseconds m_firstReconnectDelay{1000};
    std::chrono::milliseconds m_maxReconnectDelay{30000};
    std::chrono::milliseconds m_reconnectDelay{1000};
    std::chrono::milliseconds m_connectTimeout{10000};
};

} // namespace chatbuddy::client
