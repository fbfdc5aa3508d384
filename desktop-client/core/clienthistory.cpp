// SPDX-License-Identifier: GPL-3.0-or-later
// Client's part for conversations that last: contacts, who is online, "last seen", and the
// history settings (the rest of Client is in client.cpp).
#include "client.h"

#include "chatrecorder.h"
#include "history.h"
#include "hubconnection.h"
#include "peoplemodel.h"
#include "profile.h"
#include "usersmodel.h"

namespace chatbuddy::client {

qint64 Client::contactOf(const ChatSession *session) const
{
    return m_recorder->contactOf(session);
}

bool Client::isOnline(qint64 contact) const
{
    const int row = m_people->rowOfContact(contact);
    return row >= 0 && m_people->isOnline(row);
}

Result<ChatSession *> Client::chatWithContact(qint64 contact)
{
    const int row = m_people->rowOfContact(contact);
    const auto user = m_people->userAt(row);
    if (!user) {
        const auto who = m_history->contact(contact);
        return fail(tr("%1 is not online right now. You can chat again when they are back.")
                        .arg(who ? who->name : QString()));
    }
    return chatWith(*user);
}

void Client::setKeepHistory(bool keep)
{
    settings().setKeepHistory(keep);
    settings().sync();
    m_history->setKeepHistory(keep);
}

void Client::setHistoryKeepFor(Settings::KeepFor keepFor)
{
    settings().setHistoryKeepFor(keepFor);
    settings().sync();
    m_history->setRetention(Settings::days(keepFor));
}

void Client::watchPresence()
{
    // A contact's "last seen" is when it left the directory (or we did); a contact that comes
    // online under another name is renamed.
    UsersModel *list = users();
    connect(list, &QAbstractItemModel::rowsInserted, this,
            [this, list](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    noteSeen(list->userAt(row), false);
            });
    connect(list, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, list](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    noteSeen(list->userAt(row), true);
            });
    connect(list, &QAbstractItemModel::modelAboutToBeReset, this, [this, list] {
        for (const UserInfo &user : list->users())
            noteSeen(user, true);
    });
}

void Client::followContacts()
{
    // The most recently seen (or added) first: on a big hub only so many are watched.
    QList<Contact> contacts = m_history->contacts();
    const auto recency = [](const Contact &c) {
        return std::max(c.lastSeen, c.added);
    };
    std::stable_sort(
        contacts.begin(), contacts.end(),
        [&recency](const Contact &a, const Contact &b) { return recency(a) > recency(b); });
    QStringList names;
    QSet<QString> fingerprints;
    for (const Contact &contact : std::as_const(contacts)) {
        names.append(contact.name);
        if (!contact.fingerprint.isEmpty())
            fingerprints.insert(contact.fingerprint);
    }
    m_hub->setContacts(names, fingerprints);
}

void Client::followContactsSoon()
{
    if (std::exchange(m_followPending, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_followPending = false;
            followContacts();
        },
        Qt::QueuedConnection);
}

void Client::noteSeen(const UserInfo &user, bool leaving)
{
    const auto contact = m_history->contactByFingerprint(user.fingerprint);
    if (!contact || !contact->saved)
        return;
    if (contact->name != user.name)
        m_history->rename(contact->id, user.name);
    if (leaving)
        m_history->setLastSeen(contact->id, QDateTime::currentDateTime());
}

Settings &Client::settings() const
{
    return m_profile->settings();
}

QString Client::profileName() const
{
    return m_profile->name();
}

QString Client::fingerprint() const
{
    return m_profile->fingerprint();
}

UsersModel *Client::users() const
{
    return m_hub->users();
}

QString Client::myName() const
{
    const QString registered = m_hub->self().name;
    return registered.isEmpty() ? m_hub->userName() : registered;
}

} // namespace chatbuddy::client
