// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One direct chat with one peer over mutual TLS: handshake and key checks, the accept/decline
// step, messages with acks, and the end of the chat (EOM, decline, lost connection).

#include "framecodec.h"
#include "messagemodel.h"
#include "messages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslSocket>
#include <QTimer>

#include <optional>

namespace chatbuddy::client {

class Profile;

class ChatSession : public QObject {
    Q_OBJECT
public:
    enum class Direction { Outgoing, Incoming };
    Q_ENUM(Direction)

    enum class State {
        Connecting,        // outgoing: TCP + TLS; incoming: TLS + waiting for the peer's hello
        Verifying,         // incoming: asking the directory whose key the claimed name has
        WaitingForAnswer,  // outgoing: hello sent, the peer's user decides
        AwaitingDecision,  // incoming: our user decides (accept() or decline())
        Active,            // chatting
        Ended,
    };
    Q_ENUM(State)

    enum class EndReason {
        None,
        EndedByMe,       // endChat() or typed EOM
        EndedByPeer,     // the peer sent eom
        DeclinedByPeer,  // the peer declined our request
        DeclinedByMe,    // decline()
        ConnectionLost,  // the link dropped without eom
        Unreachable,     // outgoing: could not connect
        KeyMismatch,     // the peer's key is not the key of the name it uses: possible attack
        ProtocolError,   // the peer sent something invalid
        TimedOut,        // no hello in time
        LegacyNotAllowed,  // a plain-text (legacy) peer while legacy chats are off
    };
    Q_ENUM(EndReason)

    // What we know of the peer's key, from the local pins (Profile) and the directory.
    enum class Trust {
        Unknown,     // the peer's name or key is not known yet
        Unverified,  // a key we accept but nobody compared out of band
        Verified,    // the user compared the safety number and marked the contact verified
        KeyChanged,  // the key differs from the pinned one: nothing is sent until acceptKey()
    };
    Q_ENUM(Trust)

    // Incoming chats wait this long for the peer's hello; outgoing for connect + TLS.
    static constexpr std::chrono::milliseconds HandshakeTimeout{10'000};

    // An active chat pings every `interval` and is lost after `timeout` without a frame
    // (docs/protocol.md §6). Tests shorten both; set it before the chat becomes active.
    struct KeepAlive {
        std::chrono::milliseconds interval{30'000};
        std::chrono::milliseconds timeout{90'000};
    };
    void setKeepAlive(const KeepAlive &keepAlive);

    // An outgoing chat to host:port. If expected has a fingerprint (from the directory), the
    // peer must present that key and name; otherwise (bare address) the peer is unverified.
    static ChatSession *connectTo(Profile *profile, const QString &myName, const QString &host,
                                  quint16 port, const std::optional<UserInfo> &expected,
                                  QObject *parent = nullptr);
    // An incoming chat on an accepted socket descriptor (PeerListener).
    // allowLegacy: a connection that does not start TLS (first byte 0x16) within
    // LegacySniffTimeout is served as a plain-text legacy chat instead of failing.
    static ChatSession *fromIncoming(Profile *profile, qintptr socketDescriptor,
                                     bool allowLegacy = false, QObject *parent = nullptr);
    // An outgoing plain-text chat with the original CLI (legacy mode): NOT encrypted, no keys.
    static ChatSession *connectToLegacy(Profile *profile, const QString &myName,
                                        const QString &host, quint16 port,
                                        const QString &peerName = QString(),
                                        QObject *parent = nullptr);
    static constexpr std::chrono::milliseconds LegacySniffTimeout{2'000};
    // A chat that cannot start (e.g. a legacy user while legacy chats are off): already
    // Ended with reason and message, so the UI shows it like any other ended chat.
    static ChatSession *refused(Profile *profile, const UserInfo &peer, EndReason reason,
                                const QString &message, QObject *parent = nullptr);
    ~ChatSession() override;

    Direction direction() const { return m_direction; }
    State state() const { return m_state; }
    EndReason endReason() const { return m_endReason; }
    bool isActive() const { return m_state == State::Active; }
    // A plain-text chat with the original CLI: not encrypted, no keys, no delivery receipts.
    bool isLegacy() const { return m_legacy; }
    bool isEnded() const { return m_state == State::Ended; }

    // The other side's name (known at once for outgoing chats to a directory entry, after
    // the peer's hello otherwise) and what TLS told us about it.
    QString peerName() const { return m_peerName; }
    QString peerHost() const { return m_peerHost; }
    quint16 peerPort() const { return m_peerPort; }
    QString peerFingerprint() const { return m_peerFingerprint; }
    // True when the peer's key matched the directory's key for its name.
    bool isPeerVerified() const { return m_verified; }
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

    // Incoming: the directory's answer to lookupNeeded(). An empty fingerprint means the name
    // is unknown to the hub (or the hub is unreachable): the chat may go on unverified.
    void setDirectoryAnswer(const QString &boundFingerprint);
    // Incoming, in AwaitingDecision: tell the peer yes (hello) or no (declined).
    void accept(const QString &myName);
    void decline();
    // Sends text; returns the message id, or an empty string if not sent (not active, empty,
    // too long). Typing "EOM" alone is handled by the UI as endChat(), never here.
    QString sendMessage(const QString &text);
    // Sends eom and closes; also cancels a chat that is still being set up.
    void endChat();

    // One sentence for the user about why the chat ended ("Bob ended the chat.").
    QString endMessage() const { return m_endMessage; }

Q_SIGNALS:
    void stateChanged(chatbuddy::client::ChatSession::State state);
    // Incoming: the peer claims name; answer with setDirectoryAnswer().
    void lookupNeeded(const QString &name);
    // Incoming: verified (or unverifiable) and waiting for accept()/decline().
    void requestReceived();
    void messageReceived(const chatbuddy::ChatMessage &message);
    void messageDelivered(const QString &id);
    void ended(chatbuddy::client::ChatSession::EndReason reason, const QString &message);
    // A possible attack was detected and the chat refused; message is for the user.
    void securityWarning(const QString &message);
    void trustChanged(chatbuddy::client::ChatSession::Trust trust);

private:
    ChatSession(Profile *profile, Direction direction, QObject *parent);
    void setupSocket();
    void onEncrypted();
    void onReadyRead();
    void readLegacy();
    void handleLegacyText(const QByteArray &bytes);
    void becomeLegacyIncoming();
    void startLegacyChat();
    void onSocketGone();
    void handleFrame(const QJsonObject &frame);
    void handlePeerHello(const Hello &hello);
    void send(const QJsonObject &frame);
    void setState(State state);
    void finish(EndReason reason, const QString &message, bool closeGracefully);
    void notice(const QString &text, ChatLine::Kind kind = ChatLine::Kind::Notice);
    void evaluateTrust();
    void setTrust(Trust trust);
    QString displayPeer() const;

    Profile *m_profile;
    Direction m_direction;
    QSslSocket *m_socket;  // child
    FrameDecoder m_decoder;
    MessageModel *m_messages;  // child
    State m_state = State::Connecting;
    EndReason m_endReason = EndReason::None;
    QString m_endMessage;
    QString m_myName;
    QString m_peerName;
    QString m_peerHost;
    quint16 m_peerPort = 0;
    QString m_peerFingerprint;
    std::optional<UserInfo> m_expected;
    bool m_verified = false;
    Trust m_trust = Trust::Unknown;
    bool m_keyAccepted = false;
    QString m_previousFingerprint;
    quint64 m_nextId = 1;
    QTimer m_handshakeTimer;
    QTimer m_keepAliveTimer;
    KeepAlive m_keepAlive;
    QTimer m_sniffTimer;  // incoming with legacy allowed: waiting for the first byte
    bool m_legacy = false;
    bool m_sniffing = false;
    QByteArray m_legacyPending;  // legacy text that arrived before our user accepted
    QElapsedTimer m_lastHeard;
};

} // namespace chatbuddy::client
