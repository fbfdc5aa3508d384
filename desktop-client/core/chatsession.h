// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One chat with one peer, as a state machine over a PeerLink: the key checks (TrustPolicy), the
// accept/decline step, messages with acks, and the end of the chat (EOM, decline, lost link).
//
//   outgoing:  Connecting → WaitingForAnswer (hello sent) → Active (peer's hello) → Ended
//   incoming:  Connecting (TLS, peer's hello) → Verifying (hub lookup) → AwaitingDecision
//              → Active (accept(): our hello) → Ended
//   a plain-text (legacy) chat skips the hellos and the key checks: it has neither.
// Typing notices and read receipts (chatsessionextras.cpp) are used when both hellos list them.

#include "messagemodel.h"
#include "messages.h"
#include "peerlink.h"
#include "result.h"
#include "trustpolicy.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace chatbuddy::client {

class Profile;
class TypingNotices;

// How long each step of a chat may take (docs/protocol.md §6 for the keep-alive).
struct ChatTiming {
    std::chrono::milliseconds handshake{10'000}; // incoming: TLS + hello; outgoing: + TCP
    std::chrono::milliseconds tlsAnswer{5'000};  // outgoing: TCP is up, TLS must answer
    // Incoming with legacy chats allowed: silence this long means a plain-text caller.
    std::chrono::milliseconds plainTextSniff{2'000};
    std::chrono::milliseconds keepAliveInterval{30'000}; // active: a ping this often
    std::chrono::milliseconds keepAliveTimeout{90'000};  // active: lost after this silence
    std::chrono::milliseconds typingResend{3'000};       // our `typing` `active` at most this often
    std::chrono::milliseconds typingIdle{5'000};  // `active:false` after no keystroke this long
    std::chrono::milliseconds typingShown{6'000}; // the peer's `active` holds this long at most
};

class ChatSession : public QObject {
    Q_OBJECT
public:
    enum class Direction { Outgoing, Incoming };
    Q_ENUM(Direction)

    enum class State {
        Connecting,       // outgoing: TCP + TLS; incoming: TLS + waiting for the peer's hello
        Verifying,        // incoming: asking the directory whose key the claimed name has
        WaitingForAnswer, // outgoing: hello sent, the peer's user decides
        AwaitingDecision, // incoming: our user decides (accept() or decline())
        Active,           // chatting
        Ended,
    };
    Q_ENUM(State)

    enum class EndReason {
        None,
        EndedByMe,        // endChat() or typed EOM
        EndedByPeer,      // the peer sent eom
        DeclinedByPeer,   // the peer declined our request
        DeclinedByMe,     // decline()
        ConnectionLost,   // the link dropped without eom
        Unreachable,      // outgoing: could not connect
        PlainTextPeer,    // outgoing: the peer answered TCP but not TLS (the original CLI?)
        KeyMismatch,      // the peer's key is not the key of the name it uses: possible attack
        ProtocolError,    // the peer sent something invalid
        TimedOut,         // no hello in time
        LegacyNotAllowed, // a plain-text (legacy) peer while legacy chats are off
    };
    Q_ENUM(EndReason)

    // What we know of the peer's key, from the local pins and the directory.
    enum class Trust {
        Unknown,    // the peer's name or key is not known yet
        Unverified, // a key we accept but nobody compared out of band
        Verified,   // the user compared the safety number and marked the contact verified
        KeyChanged, // the key differs from the pinned one: nothing is sent until acceptKey()
    };
    Q_ENUM(Trust)

    // Why sendMessage() sent nothing.
    enum class SendRefusal {
        NotActive,      // the chat is not (or no longer) active
        KeyNotAccepted, // the peer's key changed and the user has not accepted the new one
        Empty,          // only white space
        TooLong,        // over MaxTextSize bytes of UTF-8
    };

    // How long each step may take; tests shorten them.
    using Timing = ChatTiming;

    // An outgoing chat to host:port. If expected has a fingerprint (from the directory), the
    // peer must present that key and name; otherwise (bare address) the peer is unverified.
    static ChatSession *connectTo(Profile *profile, const QString &myName, const QString &host,
                                  quint16 port, const std::optional<UserInfo> &expected,
                                  QObject *parent = nullptr, const Timing &timing = {});
    // An incoming chat on an accepted socket descriptor. A caller that does not start TLS is a
    // plain-text legacy chat when allowLegacy, else refused with EndReason::LegacyNotAllowed.
    static ChatSession *fromIncoming(Profile *profile, qintptr socketDescriptor,
                                     bool allowLegacy = false, QObject *parent = nullptr,
                                     const Timing &timing = {});
    // An outgoing plain-text chat with the original CLI (legacy mode): NOT encrypted, no keys.
    static ChatSession *connectToLegacy(Profile *profile, const QString &myName,
                                        const QString &host, quint16 port,
                                        const QString &peerName = QString(),
                                        QObject *parent = nullptr, const Timing &timing = {});
    // A chat that cannot start (e.g. a legacy user while legacy chats are off): already
    // Ended with reason and message, so the UI shows it like any other ended chat.
    static ChatSession *refused(Profile *profile, const UserInfo &peer, EndReason reason,
                                const QString &message, QObject *parent = nullptr);

    Direction direction() const { return m_direction; }
    State state() const { return m_state; }
    EndReason endReason() const { return m_endReason; }
    bool isActive() const { return m_state == State::Active; }
    bool isEnded() const { return m_state == State::Ended; }
    // A plain-text chat with the original CLI: not encrypted, no keys, no delivery receipts.
    bool isLegacy() const { return m_legacy; }

    // The other side's name (known at once for outgoing chats to a directory entry, after
    // the peer's hello otherwise) and what TLS told us about it.
    QString peerName() const { return m_peerName; }
    QString peerHost() const { return m_peerHost; }
    quint16 peerPort() const { return m_peerPort; }
    QString peerFingerprint() const { return m_peerFingerprint; }
    // The hub's word on the peer's key (TrustPolicy).
    trust::HubCheck hubCheck() const { return m_hubCheck; }
    // True when the hub binds the peer's name to the key it presented.
    bool isKeyConfirmedByHub() const { return m_hubCheck == trust::HubCheck::Confirmed; }
    // For outgoing chats: the directory entry used to start it, if any.
    std::optional<UserInfo> expectedPeer() const { return m_expected; }
    Trust trust() const { return m_trust; }
    // False for a first chat by bare address (until acceptKey()) and after a key change.
    bool isKeyAccepted() const { return m_keyAccepted; }
    // After KeyChanged: the key that was pinned before.
    QString previousFingerprint() const { return m_previousFingerprint; }
    // Computed from both keys; the same on both sides. Empty until the peer's key is known.
    QString safetyNumber() const;
    // Accepts the peer's current key: pins it (not verified) and lifts a KeyChanged block.
    void acceptKey();
    // Marks the contact (verified=true) as checked by safety number, for this key only.
    void setVerified(bool verified);
    QString myName() const { return m_myName; }
    MessageModel *messages() const { return m_messages; }

    // The optional features the peer's hello listed (feature::...; none from an older peer).
    QStringList peerFeatures() const { return m_peerFeatures; }
    // Whether this chat uses typing notices / read receipts: both hellos listed the feature
    // and our user has not turned it off since (turning it on needs a new chat).
    bool usesTypingNotices() const;
    bool usesReadReceipts() const;
    // The text our user has typed and not sent yet; its edits drive our typing notices.
    void setDraft(const QString &text);
    // True while the peer's last typing notice said so (and is not too old).
    bool isPeerTyping() const;
    // Our user has seen every message received so far: the peer gets `read` for them.
    void reportRead();

    // Incoming: the directory's answer to lookupNeeded().
    void setDirectoryAnswer(const DirectoryAnswer &answer);
    // Incoming plain-text caller: it says no name, so the directory's legacy user at its
    // address names it (its source port is random and means nothing to people).
    void setPlainTextPeerName(const QString &name);
    // Incoming, in AwaitingDecision: tell the peer yes (hello) or no (declined).
    void accept(const QString &myName);
    void decline();
    // Sends text and returns the message id. Typing "EOM" alone is the UI's shortcut for
    // endChat(), never handled here.
    Result<QString, SendRefusal> sendMessage(const QString &text);
    // Sends a message that waited in the queue (its own id and time, not added to this chat's
    // lines: the conversation has it already). Its ack comes as messageDelivered(id). False
    // when it cannot go now (not active, a changed key, a peer without feature::Delivery).
    bool sendQueued(const QString &id, const QString &text, const QDateTime &sentAt);
    // Tells whether a message from the peer (its key, the message id) was received before:
    // such a message is acknowledged but not shown again.
    using DuplicateFilter = std::function<bool(const QString &fingerprint, const QString &id)>;
    void setDuplicateFilter(DuplicateFilter filter);

    // Files (docs/protocol.md §10). Offered in our hello only when set before it goes (the
    // client sets it when it can take files).
    void setFilesOffered(bool offered) { m_filesOffered = offered; }
    // Both sides listed feature::Files and the chat is active.
    bool canSendFiles() const;
    // Sends a file-offer, -accept, -decline, -cancel or -done; false when it cannot go now.
    bool sendFileFrame(const Message &frame);
    // Incoming, before any hello: the caller opened a transfer link (transferLinkOpened()).
    // Hands its encrypted socket over and ends this session quietly; null if it cannot.
    QSslSocket *takeTransferSocket();

    // Sends eom and closes; also cancels a chat that is still being set up.
    void endChat();

    // One sentence for the user about why the chat ended ("Bob ended the chat.").
    QString endMessage() const { return m_endMessage; }

Q_SIGNALS:
    void stateChanged(chatbuddy::client::ChatSession::State state);
    // Incoming: the peer claims name; answer with setDirectoryAnswer().
    void lookupNeeded(const QString &name);
    // Incoming: checked (or uncheckable) and waiting for accept()/decline().
    void requestReceived();
    void messageReceived(const chatbuddy::ChatMessage &message);
    void messageDelivered(const QString &id);
    // The peer's user has seen our message id (it is marked Read).
    void messageRead(const QString &id);
    void peerTypingChanged(bool typing);
    void ended(chatbuddy::client::ChatSession::EndReason reason, const QString &message);
    // A possible attack was detected and the chat refused; message is for the user.
    void securityWarning(const QString &message);
    void trustChanged(chatbuddy::client::ChatSession::Trust trust);
    void peerNameChanged(const QString &name);
    // A file frame from the peer (file-offer, -accept, -decline, -cancel or -done).
    void fileFrameReceived(const chatbuddy::Message &frame);
    // Incoming: this connection is not a chat but a transfer link for transfer id, from the
    // key peerFingerprint(); take it with takeTransferSocket() (or it is closed).
    void transferLinkOpened(const QString &id);

private:
    ChatSession(Profile *profile, Direction direction, QObject *parent, const Timing &timing = {});
    void onHandshakeTimeout();
    void onEncrypted();
    void onPlainTextDetected();
    void onText(const QByteArray &bytes);
    void onMessage(const Message &message);
    void onLinkGone();
    void handlePeerHello(const Hello &hello);
    void handleChatMessage(const ChatMessage &chat);
    bool isDuplicate(const ChatMessage &chat) const;
    void handleErrorReply(const ErrorReply &error);
    void handleTyping(const Typing &typing);
    void handleReadReceipt(const ReadReceipt &receipt);
    void handleFileFrame(const Message &frame);
    void handleFileLink(const FileLink &link);
    Hello ourHello(); // with the features our settings offer, remembered for this chat
    bool bothListed(QLatin1StringView feature) const;
    void refuseUnexpected(QLatin1StringView type);
    void startPlainTextChat();
    void becomeActive(const QString &greeting);
    void setState(State state);
    void finish(EndReason reason, const QString &message, PeerLink::Close close);
    void addNotice(const QString &text, ChatLine::Kind kind = ChatLine::Kind::Notice,
                   ChatLine::Event event = ChatLine::Event::None);
    void addTransient(const QString &text); // not kept in the history
    void evaluateTrust();
    void setTrust(Trust trust);
    QString displayPeer() const;

    Profile *m_profile;
    Direction m_direction;
    PeerLink *m_link;         // child
    MessageModel *m_messages; // child
    State m_state = State::Connecting;
    EndReason m_endReason = EndReason::None;
    QString m_endMessage;
    QString m_myName;
    QString m_peerName;
    QString m_peerHost;
    quint16 m_peerPort = 0;
    QString m_peerFingerprint;
    std::optional<UserInfo> m_expected;
    trust::HubCheck m_hubCheck = trust::HubCheck::NotAsked;
    Trust m_trust = Trust::Unknown;
    bool m_keyAccepted = false;
    bool m_allowLegacy = false; // incoming: serve a plain-text caller
    QString m_previousFingerprint;
    QTimer m_handshakeTimer;
    Timing m_timing;
    bool m_legacy = false;
    QByteArray m_legacyPending; // legacy text that arrived before our user accepted
    QStringList m_myFeatures;   // what our hello listed
    QStringList m_peerFeatures; // what the peer's hello listed
    DuplicateFilter m_isDuplicate;
    QSet<QString> m_queuedInFlight; // sendQueued() ids without their ack yet
    TypingNotices *m_typing;        // child
    QStringList m_unreported;       // ids of received messages our user has not seen yet
    bool m_filesOffered = false;
};

} // namespace chatbuddy::client
