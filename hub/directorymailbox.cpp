// SPDX-License-Identifier: GPL-3.0-or-later
// The directory's side of the sealed mailbox (docs/protocol.md §9): publishing mailbox keys,
// taking envelopes for users, handing them out after login, deleting what was acknowledged.
#include "directory.h"

#include "cluster.h"
#include "hublog.h"
#include "identity.h"
#include "registry.h"
#include "safetext.h"
#include "sealedmail.h"
#include "username.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

bool Directory::handleMailbox(Session &session, const Message &message)
{
    const bool mailMessage =
        std::holds_alternative<PublishKey>(message) || std::holds_alternative<Deposit>(message) ||
        std::holds_alternative<Fetch>(message) || std::holds_alternative<MailAck>(message);
    if (!mailMessage)
        return false;
    if (!m_mailbox || session.user.legacy) {
        refuse(session, ErrorCode::UnexpectedMessage,
               u"%1: this hub has no mailbox (it does not list \"mailbox\" in welcome)"_s.arg(
                   quoted(QString(messageType(message)))));
        return true;
    }
    if (const auto *publish = std::get_if<PublishKey>(&message)) {
        handlePublishKey(session, *publish);
    } else if (const auto *deposit = std::get_if<Deposit>(&message)) {
        handleDeposit(session, *deposit);
    } else if (const auto *fetch = std::get_if<Fetch>(&message)) {
        handleFetch(session, *fetch);
    } else if (const auto *ack = std::get_if<MailAck>(&message)) {
        m_mailbox->remove(session.user.fingerprint, ack->refs);
    }
    return true;
}

void Directory::handlePublishKey(Session &session, const PublishKey &publish)
{
    const QString fingerprint = session.user.fingerprint;
    if (fingerprintOfPublicKey(publish.identity) != fingerprint) {
        refuse(session, ErrorCode::InvalidField,
               u"field \"identity\" is not the key this connection presented"_s);
        return;
    }
    if (!sealed::checkMailboxKey(publish.identity, fingerprint, publish.key, publish.signature)) {
        refuse(session, ErrorCode::InvalidField,
               u"field \"signature\" does not certify the mailbox key"_s);
        return;
    }
    if (!m_registry->setMailboxKey(fingerprint, publish.identity, publish.key, publish.signature))
        qCWarning(lcHub, "Could not store the mailbox key of %s: %s",
                  qUtf8Printable(describe(session)), qUtf8Printable(m_registry->errorString()));
}

// Over 50 lines: the deposit checks, in the order docs/protocol.md §9 gives them.
void Directory::handleDeposit(Session &session, const Deposit &deposit)
{
    const Envelope &envelope = deposit.envelope;
    const auto refuseDeposit = [&](QLatin1StringView reason, const QString &why) {
        send(session, DepositRefused{envelope.id, QString(reason), why});
    };
    if (usernameKey(envelope.from) != session.key || envelope.fromKey != session.user.fingerprint ||
        fingerprintOfPublicKey(envelope.fromIdentity) != envelope.fromKey) {
        refuseDeposit(refusal::NotYours,
                      u"an envelope must name the sender's own name, key and fingerprint"_s);
        return;
    }
    const std::optional<Registry::KeyRecord> recipient = m_registry->keyRecord(envelope.to);
    if (!recipient) {
        refuseDeposit(refusal::UnknownRecipient,
                      u"nobody is called %1 on this hub"_s.arg(quoted(envelope.to)));
        return;
    }
    if (recipient->fingerprint != envelope.toKey) {
        refuseDeposit(refusal::KeyChanged,
                      u"the name %1 belongs to another key now"_s.arg(quoted(envelope.to)));
        return;
    }
    if (recipient->mailboxKey.isEmpty()) {
        refuseDeposit(refusal::NoMailboxKey,
                      u"%1 has no mailbox key on this hub"_s.arg(quoted(envelope.to)));
        return;
    }
    const QByteArray body = QJsonDocument(envelope.toJson()).toJson(QJsonDocument::Compact);
    switch (m_mailbox->deposit(envelope.toKey, envelope.fromKey, envelope.id, body)) {
    case Mailbox::Stored::Stored:
        send(session, Deposited{envelope.id});
        notifyMail(envelope.toKey, envelope.to);
        return;
    case Mailbox::Stored::Duplicate:
        send(session, Deposited{envelope.id});
        return;
    case Mailbox::Stored::RecipientFull:
        refuseDeposit(refusal::RecipientFull,
                      u"%1's mailbox is full (%2 envelopes)"_s.arg(envelope.to)
                          .arg(m_config.mailbox.perRecipient));
        return;
    case Mailbox::Stored::SenderFull:
        refuseDeposit(refusal::SenderFull,
                      u"you have %1 envelopes waiting already"_s.arg(m_config.mailbox.perSender));
        return;
    case Mailbox::Stored::Failed:
        qCWarning(lcHub, "Could not store an envelope from %s: %s",
                  qUtf8Printable(describe(session)), qUtf8Printable(m_mailbox->errorString()));
        refuseDeposit(refusal::Failed, u"the hub could not store it"_s);
        return;
    }
}

void Directory::handleFetch(Session &session, const Fetch &fetch)
{
    const QString fingerprint = session.user.fingerprint;
    const QList<Mailbox::Item> items =
        m_mailbox->fetch(fingerprint, fetch.limit, m_config.maxFetchBytes);
    for (const Mailbox::Item &item : items) {
        QJsonObject body = QJsonDocument::fromJson(item.body).object();
        bool sent = false;
        if (item.bounce) {
            body.insert("ref"_L1, double(item.ref)); // stored without: the row's key is the ref
            if (auto bounce = Bounce::fromJson(body))
                sent = send(session, *bounce);
        } else if (auto envelope = Envelope::fromJson(body)) {
            sent = send(session, Mail{item.ref, *envelope});
        } else {
            // Damaged in the database: it can never be delivered, and must not block the rest.
            qCWarning(lcHub, "Mailbox: dropped an unreadable stored envelope (ref %lld)",
                      qlonglong(item.ref));
            m_mailbox->remove(fingerprint, {item.ref});
            continue;
        }
        if (!sent && session.closing)
            return;
    }
    const int waiting = m_mailbox->waiting(fingerprint).value_or(0);
    send(session, Fetched{std::max(0, waiting - int(items.size()))});
}

void Directory::notifyMail(const QString &fingerprint, const QString &name)
{
    const auto tell = [&](Session &user) {
        if (user.user.fingerprint == fingerprint && !user.closing && !user.remote)
            send(user, MailWaiting{m_mailbox->waiting(fingerprint).value_or(1)});
    };
    if (!name.isEmpty()) { // the recipient of a deposit: one lookup
        if (const auto it = m_users.find(usernameKey(name)); it != m_users.end()) {
            tell(*it->second);
            // Online on another hub of the cluster: that hub tells them.
            if (it->second->remote && m_cluster)
                m_cluster->announceMail(fingerprint, name);
        }
        return;
    }
    if (m_cluster) // a bounced sender may be on any hub
        m_cluster->announceMail(fingerprint);
    for (auto &[key, user] : m_users) // bounced senders: rare (the hourly sweep)
        tell(*user);
}

void Directory::sweepMailbox()
{
    if (!m_mailbox)
        return;
    const CallGuard guard(*this);
    for (const QString &sender : m_mailbox->expire())
        notifyMail(sender);
}

} // namespace chatbuddy::hub
