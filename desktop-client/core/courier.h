// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Delivery of messages written while their recipient cannot take them (docs/delivery.md).
// A message to a contact without an active chat is kept as Queued (Outbox, on disk) and goes
// out by the first way that works: directly over a chat link as soon as the contact is online
// (Client opens one in the background), else as a sealed envelope in the contact's mailbox on
// the hub (state Sent) until the contact's client sends a sealed receipt (Delivered), or the
// hub returns it unfetched (Not delivered). The courier also publishes our mailbox key, fetches
// what waits for us after login, opens it, stores it once, and only then lets the hub delete it.

#include "messages.h"
#include "outbox.h"
#include "result.h"
#include "sealedmail.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>

namespace chatbuddy::client {

class ChatSession;
class History;
class HubConnection;
class Profile;
class UsersModel;
struct Contact;

class Courier : public QObject {
    Q_OBJECT
public:
    // None is owned; all must outlive the courier.
    Courier(Profile *profile, History *history, HubConnection *hub, UsersModel *users,
            QObject *parent = nullptr);

    Status open(const QString &path); // the outbox file (delivery.sqlite)
    Outbox &outbox() { return m_outbox; }

    // Keeps text for contact as Queued and sends it when it can; the history entry's id.
    Result<qint64> queue(const Contact &contact, const QString &text);
    // A chat with contact is active: what waits for them goes out on it, in order.
    void chatActive(ChatSession *session, qint64 contact);
    // A chat with contact ended (or could not start). What it did not deliver goes to the
    // mailbox while they stay online: they may be unreachable (a firewall), or decline.
    void chatEnded(qint64 contact);
    // Whether a message from this key with this id came before (and remembers it if not).
    bool seenBefore(const QString &fingerprint, const QString &id);
    // Tries every way again now (after presence changes, a login, ...).
    void deliverPending();

    // Tests: keep received envelopes at the hub (no mail-ack), as if the app died first.
    void setHoldAcksForTesting(bool hold) { m_holdAcks = hold; }
    // Tests: owe receipts but never send them, as if the app died before it could.
    void setHoldReceiptsForTesting(bool hold) { m_holdReceipts = hold; }

Q_SIGNALS:
    // Contact user is online and has messages waiting: open a chat to deliver them.
    void chatWanted(const chatbuddy::UserInfo &user, qint64 contact);
    // A message from the mailbox went into contact's conversation.
    void mailArrived(qint64 contact, const chatbuddy::ChatMessage &message);

private:
    struct KeyWanted {
        QStringList messages; // outbox ids to seal for this name
        bool asked = false;   // a lookupKey() is on its way
    };
    struct ReceiptsOut { // a sealed receipt handed to the hub, no reply yet
        QString fingerprint;
        QStringList ids;
    };

    void onHubStateChanged();
    void onMailboxMessage(const Message &message);
    void onKeyFound(const LookupResult &result);
    void onContactChanged(const Contact &contact);
    void sendReceipts(const LookupResult &to);
    void onDirectDelivered(const QString &id);
    void handleMail(const Mail &mail);
    void handleLetter(const Envelope &envelope, const sealed::Letter &letter);
    void handleBounce(const Bounce &bounce);
    void handleRefusal(const DepositRefused &refused);
    void finishFetch(int remaining);
    void fetch();
    void wantKey(const QString &name);
    void deposit(const Envelope &envelope);
    void pump();
    void setDelivery(const OutgoingMessage &message, int delivery);
    void notDelivered(const OutgoingMessage &message, const QString &why);
    void warn(qint64 contact, const QString &text);
    bool mailboxUsable() const;
    bool onItsWay(const QString &id) const;

    Profile *m_profile;
    History *m_history;
    HubConnection *m_hub;
    UsersModel *m_users;
    Outbox m_outbox;
    QHash<QString, KeyWanted> m_keyWanted;          // by usernameKey of the recipient
    QSet<QString> m_depositing;                     // outbox ids handed to the hub, no reply yet
    QHash<QString, QPointer<ChatSession>> m_onLink; // outbox ids sent on a chat, no ack yet
    QSet<qint64> m_chatAsked;                       // contacts chatWanted() was emitted for
    QSet<qint64> m_unreachable; // online contacts whose chat ended with messages left
    QHash<QString, ReceiptsOut> m_receiptsOut; // by the receipt envelope's id
    QSet<QString> m_warnedKeyChange;           // names told "their key changed" this run
    bool m_fetching = false;
    QList<qint64> m_refsToAck;
    QList<QPair<QString, QString>> m_seenThisFetch; // (key, id): marked once stored
    struct Owed {
        QString fingerprint, name, id;
    };
    QList<Owed> m_receiptsThisFetch; // receipts to owe once this fetch is stored
    std::deque<Message> m_toSend;    // paced under the hub's rate limit
    std::deque<QString> m_lookups;   // lookupKey() names, paced like the rest
    int m_tokens = 0;
    QTimer m_pace;
    bool m_holdAcks = false;
    bool m_holdReceipts = false;
};

} // namespace chatbuddy::client
