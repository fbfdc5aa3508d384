// SPDX-License-Identifier: GPL-3.0-or-later
// Over 450 lines: one delivery state machine (queue, direct way, mailbox out and in, receipts,
// bounces) whose parts share every member; split, each half would reach into the other.
#include "courier.h"

#include "chatsession.h"
#include "history.h"
#include "hubconnection.h"
#include "profile.h"
#include "username.h"
#include "usersmodel.h"

#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDelivery, "chatbuddy.delivery")

namespace chatbuddy::client {

namespace {
// The hub allows 20 requests a second after a burst of 60; deposits stay well inside that.
constexpr int PaceBurst = 20;
constexpr std::chrono::milliseconds PaceTick{100}; // one more request each tick
// Received ids are remembered longer than any envelope can wait at a hub (at most 90 days,
// chatbuddy-hub --mailbox-expiry-days), so a late copy is still recognised.
constexpr int SeenForDays = 100;
} // namespace

Courier::Courier(Profile *profile, History *history, HubConnection *hub, UsersModel *users,
                 QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_history(history)
    , m_hub(hub)
    , m_users(users)
    , m_tokens(PaceBurst)
{
    m_pace.setInterval(PaceTick);
    connect(&m_pace, &QTimer::timeout, this, [this] {
        m_tokens = std::min(PaceBurst, m_tokens + 1);
        pump();
    });
    connect(m_hub, &HubConnection::stateChanged, this, &Courier::onHubStateChanged);
    connect(m_hub, &HubConnection::mailboxMessage, this, &Courier::onMailboxMessage);
    connect(m_hub, &HubConnection::keyLookupFinished, this, &Courier::onKeyFound);
    connect(m_history, &History::contactChanged, this, &Courier::onContactChanged);
}

Status Courier::open(const QString &path)
{
    Status opened = m_outbox.open(path);
    if (opened)
        m_outbox.forgetSeenBefore(QDateTime::currentDateTimeUtc().addDays(-SeenForDays));
    return opened;
}

Result<qint64> Courier::queue(const Contact &contact, const QString &text)
{
    OutgoingMessage message;
    message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.contact = contact.id;
    message.name = contact.name;
    message.fingerprint = contact.fingerprint;
    message.text = text;
    message.sentAt = QDateTime::currentDateTimeUtc();
    ChatLine line;
    line.kind = ChatLine::Kind::Outgoing;
    line.id = message.id;
    line.sender = m_hub->userName().isEmpty() ? m_profile->name() : m_hub->userName();
    line.text = text;
    line.time = message.sentAt.toLocalTime();
    line.delivery = ChatLine::Delivery::Queued;
    message.entry = m_history->append(contact.id, line);
    if (Status added = m_outbox.add(message); !added) {
        m_history->setDelivery(message.entry, ChatLine::Delivery::NotDelivered);
        return fail(tr("The message could not be kept for later: %1").arg(added.error()));
    }
    deliverPending();
    return message.entry;
}

bool Courier::mailboxUsable() const
{
    return m_hub->isOnline() && m_hub->hubOffers(feature::Mailbox);
}

void Courier::onHubStateChanged()
{
    if (!m_hub->isOnline()) {
        // Whatever was in flight with the hub is unanswered: it is tried again next time.
        m_depositing.clear();
        m_receiptsOut.clear();
        m_keyWanted.clear();
        m_toSend.clear();
        m_lookups.clear();
        m_fetching = false;
        m_refsToAck.clear();
        m_seenThisFetch.clear();
        m_receiptsThisFetch.clear();
        m_pace.stop();
        return;
    }
    if (m_hub->hubOffers(feature::Mailbox)) {
        const hpke::KeyPair &key = m_profile->mailboxKey();
        if (auto publish = sealed::certifyMailboxKey(m_profile->identity(), key.publicKey))
            m_hub->sendRequest(*publish);
        fetch();
    }
    m_chatAsked.clear();
    m_unreachable.clear();
    deliverPending();
}

void Courier::deliverPending()
{
    for (const OutgoingMessage &message : m_outbox.pending()) {
        if (onItsWay(message.id))
            continue;
        const std::optional<UserInfo> online = m_users->find(message.name);
        if (!online) { // gone: the next time they come, a chat is tried first again
            m_chatAsked.remove(message.contact);
            m_unreachable.remove(message.contact);
        } else if (online->fingerprint == message.fingerprint &&
                   !m_unreachable.contains(message.contact)) {
            if (!m_chatAsked.contains(message.contact)) {
                m_chatAsked.insert(message.contact);
                Q_EMIT chatWanted(*online, message.contact);
            }
            continue;
        }
        if (message.state == OutgoingMessage::State::Queued && mailboxUsable()) {
            KeyWanted &wanted = m_keyWanted[usernameKey(message.name)];
            if (!wanted.messages.contains(message.id))
                wanted.messages.append(message.id);
            wantKey(message.name);
        }
    }
}

void Courier::chatActive(ChatSession *session, qint64 contact)
{
    if (!session || !session->isActive())
        return;
    connect(session, &ChatSession::messageDelivered, this, &Courier::onDirectDelivered,
            Qt::UniqueConnection);
    m_unreachable.remove(contact);
    for (const OutgoingMessage &message : m_outbox.pending(contact)) {
        if (onItsWay(message.id) || message.fingerprint != session->peerFingerprint())
            continue;
        if (session->sendQueued(message.id, message.text, message.sentAt))
            m_onLink.insert(message.id, session);
    }
}

void Courier::chatEnded(qint64 contact)
{
    m_chatAsked.remove(contact);
    // Anything it left (queued, or in the mailbox without a receipt yet) means no new chat
    // for it until they come again: no chat requests in a loop to someone who declines.
    const QList<OutgoingMessage> left = m_outbox.pending(contact);
    if (std::any_of(left.cbegin(), left.cend(),
                    [this](const OutgoingMessage &m) { return !onItsWay(m.id); }))
        m_unreachable.insert(contact);
    deliverPending();
}

void Courier::onContactChanged(const Contact &contact)
{
    // The user accepted a new key for them (in a chat): what they wrote is for that key now.
    if (contact.fingerprint.isEmpty() || m_outbox.rekey(contact.id, contact.fingerprint) == 0)
        return;
    m_warnedKeyChange.remove(usernameKey(contact.name));
    m_chatAsked.remove(contact.id); // the chat with the new key takes them (or a new one)
    deliverPending();
}

void Courier::onDirectDelivered(const QString &id)
{
    const auto message = m_outbox.find(id);
    m_onLink.remove(id);
    if (!message)
        return;
    setDelivery(*message, int(ChatLine::Delivery::Delivered));
    m_outbox.remove(id);
}

bool Courier::seenBefore(const QString &fingerprint, const QString &id)
{
    if (m_outbox.wasSeen(fingerprint, id))
        return true;
    m_outbox.markSeen(fingerprint, id); // if this fails, a copy may show twice: never zero times
    return false;
}

bool Courier::onItsWay(const QString &id) const
{
    // Sent on a chat that is still going (its ack may come), or handed to the hub.
    const QPointer<ChatSession> link = m_onLink.value(id);
    return (link && !link->isEnded()) || m_depositing.contains(id);
}

void Courier::wantKey(const QString &name)
{
    // One lookup per name at a time: what comes meanwhile waits for the same answer.
    KeyWanted &wanted = m_keyWanted[usernameKey(name)];
    if (!wanted.asked && mailboxUsable()) {
        wanted.asked = true;
        m_lookups.push_back(name); // paced like every request
        pump();
    }
}

void Courier::onKeyFound(const LookupResult &result)
{
    const KeyWanted wanted = m_keyWanted.take(usernameKey(result.name));
    const bool certified = !result.mailboxKey.isEmpty() &&
                           sealed::checkMailboxKey(result.identity, result.fingerprint,
                                                   result.mailboxKey, result.mailboxKeySignature);
    const QString myName = m_hub->userName();
    for (const QString &id : std::as_const(wanted.messages)) {
        const auto message = m_outbox.find(id);
        if (!message || message->state != OutgoingMessage::State::Queued)
            continue;
        if (!result.fingerprint.isEmpty() && result.fingerprint != message->fingerprint) {
            // The name has another key now: the message is for the key we know, which the
            // hub no longer vouches for. It waits for a chat where the user can decide.
            if (!m_warnedKeyChange.contains(usernameKey(message->name))) {
                m_warnedKeyChange.insert(usernameKey(message->name));
                warn(message->contact,
                     tr("%1's name now belongs to a different key. Your queued messages wait "
                        "until you chat with %1 and check the new key.")
                         .arg(message->name));
            }
            continue;
        }
        if (!certified)
            continue; // no mailbox key: it goes directly when they are online
        const sealed::Recipient to{message->name, message->fingerprint, result.mailboxKey};
        auto envelope =
            sealed::seal(m_profile->identity(), myName, to, message->id, message->sentAt,
                         {sealed::Letter::Kind::Message, message->text, {}});
        if (!envelope) {
            qCWarning(lcDelivery, "Cannot seal a message: %s", qUtf8Printable(envelope.error()));
            continue;
        }
        m_depositing.insert(message->id);
        deposit(*envelope);
    }
    if (certified)
        sendReceipts(result);
}

void Courier::sendReceipts(const LookupResult &to)
{
    // Only to the key that wrote to us, and one batch per key at a time.
    const QString &key = to.fingerprint;
    const bool inFlight =
        std::any_of(m_receiptsOut.cbegin(), m_receiptsOut.cend(),
                    [&key](const ReceiptsOut &out) { return out.fingerprint == key; });
    if (inFlight || m_holdReceipts)
        return;
    const QStringList owed = m_outbox.receiptsOwed(key);
    for (qsizetype first = 0; first < owed.size(); first += MaxFetchLimit) {
        const QStringList ids = owed.mid(first, MaxFetchLimit);
        auto envelope =
            sealed::seal(m_profile->identity(), m_hub->userName(), {to.name, key, to.mailboxKey},
                         QUuid::createUuid().toString(QUuid::WithoutBraces),
                         QDateTime::currentDateTimeUtc(), {sealed::Letter::Kind::Receipt, {}, ids});
        if (!envelope)
            continue;
        m_receiptsOut.insert(envelope->id, {key, ids});
        deposit(*envelope);
    }
}

void Courier::deposit(const Envelope &envelope)
{
    m_toSend.push_back(Deposit{envelope});
    pump();
}

void Courier::pump()
{
    while (!m_lookups.empty() && m_tokens > 0) {
        if (!m_hub->lookupKey(m_lookups.front()))
            break;
        m_lookups.pop_front();
        --m_tokens;
    }
    while (!m_toSend.empty() && m_tokens > 0) {
        if (!m_hub->sendRequest(m_toSend.front()))
            break;
        m_toSend.pop_front();
        --m_tokens;
    }
    if (m_toSend.empty() && m_lookups.empty() && m_tokens >= PaceBurst)
        m_pace.stop();
    else if (!m_pace.isActive())
        m_pace.start();
}

void Courier::fetch()
{
    if (m_fetching || !mailboxUsable())
        return;
    m_fetching = true;
    m_toSend.push_back(Fetch{MaxFetchLimit});
    pump();
}

void Courier::onMailboxMessage(const Message &message)
{
    if (const auto *mail = std::get_if<Mail>(&message)) {
        m_refsToAck.append(mail->ref);
        handleMail(*mail);
    } else if (const auto *bounce = std::get_if<Bounce>(&message)) {
        m_refsToAck.append(bounce->ref);
        handleBounce(*bounce);
    } else if (const auto *fetched = std::get_if<Fetched>(&message)) {
        finishFetch(fetched->remaining);
    } else if (const auto *deposited = std::get_if<Deposited>(&message)) {
        m_depositing.remove(deposited->id);
        if (const auto receipts = m_receiptsOut.take(deposited->id); !receipts.ids.isEmpty())
            m_outbox.receiptsSent(receipts.fingerprint, receipts.ids);
        if (const auto sent = m_outbox.find(deposited->id);
            sent && sent->state == OutgoingMessage::State::Queued) {
            if (!m_outbox.setState(sent->id, OutgoingMessage::State::Deposited))
                qCWarning(lcDelivery, "Cannot note a deposited message; it may be sent again");
            setDelivery(*sent, int(ChatLine::Delivery::Sent));
        }
    } else if (const auto *refused = std::get_if<DepositRefused>(&message)) {
        m_depositing.remove(refused->id);
        m_receiptsOut.remove(refused->id); // still owed: tried again at the next login
        handleRefusal(*refused);
    } else if (std::holds_alternative<MailWaiting>(message)) {
        fetch();
    }
}

void Courier::handleMail(const Mail &mail)
{
    const Envelope &envelope = mail.envelope;
    // The hub keeps mail per key: a letter to another name of this key is ours too (the key
    // is what open() must match; the name is covered by the signature either way).
    const QString ourName =
        envelope.toKey == m_profile->fingerprint() ? envelope.to : m_hub->userName();
    auto letter =
        sealed::open(envelope, ourName, m_profile->fingerprint(), m_profile->mailboxKey());
    if (!letter) {
        qCWarning(lcDelivery, "Refused an envelope claiming to be from %s: %s",
                  qUtf8Printable(envelope.from), qUtf8Printable(letter.error().message));
        const auto known = m_history->find(envelope.from, envelope.fromKey);
        if (known && known->saved && letter.error().refusal != sealed::Refusal::NotForUs)
            warn(known->id, tr("A message that claimed to come from %1 was changed on the way "
                               "or not sealed by %1. It was discarded.")
                                .arg(known->name));
        return;
    }
    handleLetter(envelope, *letter);
}

// Over 50 lines: who the letter is from (a contact, a renamed contact, a changed key, someone
// new), then the two kinds of letter.
void Courier::handleLetter(const Envelope &envelope, const sealed::Letter &letter)
{
    std::optional<Contact> contact = m_history->contactByFingerprint(envelope.fromKey);
    if (!contact) {
        if (const auto byName = m_history->find(envelope.from, envelope.fromKey);
            byName && byName->saved && !byName->fingerprint.isEmpty()) {
            // The name we know, another key: never shown as a message from them.
            if (letter.kind == sealed::Letter::Kind::Message)
                warn(byName->id,
                     tr("A message from \"%1\" arrived signed by a different key than the one "
                        "you know for %1. It was not shown. If %1 really has a new key, chat "
                        "with them and compare the safety number.")
                         .arg(byName->name));
            return;
        }
    }
    if (letter.kind == sealed::Letter::Kind::Receipt) {
        for (const QString &id : letter.ids) {
            const auto sent = m_outbox.find(id);
            if (!sent || sent->fingerprint != envelope.fromKey)
                continue; // a receipt for something we did not send them
            setDelivery(*sent, int(ChatLine::Delivery::Delivered));
            m_outbox.remove(id);
        }
        return;
    }
    const bool repeated = m_outbox.wasSeen(envelope.fromKey, envelope.id) ||
                          m_seenThisFetch.contains(qMakePair(envelope.fromKey, envelope.id));
    // A receipt goes back even for a copy (the first may have been lost), once it is stored.
    m_receiptsThisFetch.append({envelope.fromKey, envelope.from, envelope.id});
    if (repeated)
        return;
    if (!contact)
        contact = m_history->contactFor(envelope.from, envelope.fromKey);
    if (!contact->saved || contact->hidden)
        m_history->save(contact->id, History::Met::ByLetter); // listed, the message kept
    m_seenThisFetch.append(qMakePair(envelope.fromKey, envelope.id));
    const QDateTime sentAt = QDateTime::fromString(envelope.sentAt, Qt::ISODateWithMs).toUTC();
    ChatLine line;
    line.kind = ChatLine::Kind::Incoming;
    line.id = envelope.id;
    line.sender = contact->name;
    line.text = letter.text;
    line.time = sentAt.toLocalTime();
    m_history->append(contact->id, line);
    Q_EMIT mailArrived(contact->id, ChatMessage{envelope.id, letter.text, sentAt});
}

void Courier::handleBounce(const Bounce &bounce)
{
    const auto sent = m_outbox.find(bounce.id);
    if (!sent)
        return;
    notDelivered(*sent, bounce.reason == refusal::Expired
                            ? tr("%1 did not come online to collect it in time.").arg(sent->name)
                            : bounce.message);
}

void Courier::handleRefusal(const DepositRefused &refused)
{
    const auto sent = m_outbox.find(refused.id);
    if (!sent)
        return;
    if (refused.reason == refusal::RecipientFull) {
        notDelivered(*sent, tr("%1's mailbox on the hub is full.").arg(sent->name));
    } else if (refused.reason == refusal::SenderFull) {
        notDelivered(*sent, tr("You have too many messages waiting at the hub already."));
    } else {
        // No mailbox key, a changed key, an unknown name, a hub failure: it stays queued and
        // goes directly once they are online.
        qCInfo(lcDelivery, "The hub did not take a message for %s (%s): kept queued",
               qUtf8Printable(sent->name), qUtf8Printable(refused.reason));
    }
}

void Courier::finishFetch(int remaining)
{
    // Stored first (the history on disk, the ids seen), then the hub may forget them. If the
    // history cannot be written (a full disk), nothing is acknowledged: it comes again.
    if (!m_history->flush()) {
        m_refsToAck.clear();
        m_seenThisFetch.clear();
        m_receiptsThisFetch.clear();
        m_fetching = false;
        return;
    }
    for (const auto &[key, id] : std::as_const(m_seenThisFetch))
        m_outbox.markSeen(key, id);
    m_seenThisFetch.clear();
    // Owed on disk: they go out even if the app quits before the hub takes them.
    for (const auto &[key, name, id] : std::as_const(m_receiptsThisFetch))
        m_outbox.oweReceipt(key, name, id);
    m_receiptsThisFetch.clear();
    if (m_holdAcks) { // as if the app died right here
        m_refsToAck.clear();
        m_fetching = false;
        return;
    }
    if (!m_refsToAck.isEmpty()) {
        m_toSend.push_back(MailAck{m_refsToAck.mid(0, MaxFetchLimit)});
        m_refsToAck.clear();
    }
    for (const QString &name : m_outbox.namesOwedReceipts())
        wantKey(name);
    m_fetching = false;
    pump();
    if (remaining > 0)
        fetch();
}

void Courier::setDelivery(const OutgoingMessage &message, int delivery)
{
    if (message.entry > 0)
        m_history->setDelivery(message.entry, ChatLine::Delivery(delivery));
}

void Courier::notDelivered(const OutgoingMessage &message, const QString &why)
{
    setDelivery(message, int(ChatLine::Delivery::NotDelivered));
    // The start of the message, to say which one; cut short, never inside a character.
    QString start = message.text.simplified();
    if (start.size() > 40) {
        start.truncate(40);
        if (start.back().isHighSurrogate())
            start.chop(1);
        start += u'…';
    }
    warn(message.contact, tr("Not delivered: \"%1\". %2").arg(start, why));
    m_outbox.remove(message.id);
}

void Courier::warn(qint64 contact, const QString &text)
{
    ChatLine line;
    line.kind = ChatLine::Kind::Warning;
    line.text = text;
    line.time = QDateTime::currentDateTime();
    m_history->append(contact, line);
}

} // namespace chatbuddy::client
