// SPDX-License-Identifier: GPL-3.0-or-later
// Client's part for messages that always arrive: the courier (queue, mailbox), chats opened to
// deliver, known contacts' chats taken at once (the rest of Client is in client.cpp).
#include "client.h"

#include "courier.h"
#include "history.h"
#include "hubconnection.h"
#include "profile.h"
#include "usersmodel.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

void Client::setUpDelivery()
{
    m_courier = new Courier(m_profile, m_history, m_hub, users(), this);
    if (Status opened =
            m_courier->open(QDir(m_profile->directory()).filePath(u"delivery.sqlite"_s));
        !opened)
        qWarning("Queued messages cannot be kept: %s", qUtf8Printable(opened.error()));
    connect(m_courier, &Courier::mailArrived, this, &Client::mailReceived);
    connect(m_courier, &Courier::chatWanted, this, [this](const UserInfo &user, qint64 contact) {
        if (ChatSession *open = openChatWith(user.name)) {
            deliverOn(open);
            return;
        }
        // Opens a tab; its messages go out once it is active. If it never gets there (they
        // cannot be reached, or decline), the courier turns to the mailbox.
        ChatSession *session = chatWith(user);
        if (!session) {
            m_courier->chatEnded(contact);
            return;
        }
        connect(session, &ChatSession::stateChanged, m_courier, [this, session, contact] {
            if (session->isEnded() && contactOf(session) <= 0)
                m_courier->chatEnded(contact); // ended before it knew whose chat it is
        });
    });
    // Someone with messages waiting came online, or went.
    connect(users(), &QAbstractItemModel::rowsInserted, m_courier, &Courier::deliverPending);
    connect(users(), &QAbstractItemModel::rowsRemoved, m_courier, &Courier::deliverPending);
    connect(this, &Client::chatContactResolved, this,
            [this](ChatSession *session, qint64) { deliverOn(session); });
}

void Client::deliverOn(ChatSession *session)
{
    const auto send = [this, session] {
        const qint64 contact = contactOf(session);
        if (contact <= 0)
            return;
        if (session->isActive())
            m_courier->chatActive(session, contact);
        else if (session->isEnded())
            m_courier->chatEnded(contact);
    };
    // Once per session (adopt() and the contact's resolution both come here).
    if (!session->property("chatbuddy.delivery").toBool()) {
        session->setProperty("chatbuddy.delivery", true);
        session->setDuplicateFilter([this](const QString &fingerprint, const QString &id) {
            return m_courier->seenBefore(fingerprint, id);
        });
        connect(session, &ChatSession::stateChanged, m_courier, send);
        connect(session, &ChatSession::trustChanged, m_courier, send); // a key accepted
    }
    send();
}

bool Client::acceptKnownContact(ChatSession *session)
{
    if (session->isLegacy() || session->state() != ChatSession::State::AwaitingDecision ||
        session->trust() == ChatSession::Trust::KeyChanged || !session->isKeyConfirmedByHub())
        return false;
    const auto contact = m_history->contactByFingerprint(session->peerFingerprint());
    // Known: a key we had a chat with. A letter alone does not make a stranger known.
    if (!contact || !contact->saved || contact->hidden || !contact->chatted)
        return false;
    session->accept(myName());
    return true;
}

Result<qint64> Client::sendToContact(qint64 contact, const QString &text)
{
    const auto who = m_history->contact(contact);
    if (!who)
        return fail(tr("This contact no longer exists."));
    if (text.trimmed().isEmpty())
        return fail(tr("There is nothing to send."));
    if (text.toUtf8().size() > MaxTextSize)
        return fail(tr("The message is too long (at most %1 bytes).").arg(MaxTextSize));
    for (ChatSession *session : sessions()) {
        if (session->isActive() && contactOf(session) == contact) {
            auto sent = session->sendMessage(text);
            if (sent)
                return qint64(0);
        }
    }
    if (who->fingerprint.isEmpty())
        return fail(tr("%1 uses the old ChatBuddy program: messages can only be sent while you "
                       "chat.")
                        .arg(who->name));
    return m_courier->queue(*who, text);
}

} // namespace chatbuddy::client
