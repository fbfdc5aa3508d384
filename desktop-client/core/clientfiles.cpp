// SPDX-License-Identifier: GPL-3.0-or-later
// Client's part for files (docs/files.md): every chat offers them, a file's line goes into the
// conversation, offers from verified contacts are taken by themselves up to the size the user
// chose, files for a contact who is away wait and a chat is opened for them when the contact
// comes online, and an incoming connection that turns out to be a transfer link goes to
// Transfers instead of becoming a chat.
#include "client.h"

#include "chatsession.h"
#include "courier.h"
#include "history.h"
#include "transfers.h"
#include "usersmodel.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
ChatLine fileLine(const Transfer &t, ChatLine::Kind kind, const QString &sender)
{
    ChatLine line;
    line.kind = kind;
    line.id = t.id;
    line.sender = sender;
    line.text = t.name;
    line.time = t.time.isValid() ? t.time.toLocalTime() : QDateTime::currentDateTime();
    line.event = ChatLine::Event::File;
    return line;
}

constexpr qint64 MiB = 1024 * 1024;
} // namespace

void Client::setUpTransfers()
{
    if (m_courier->outbox().isOpen())
        m_transfers->setStore(&m_courier->outbox());
    connect(m_transfers, &Transfers::offered, this, &Client::onFileOffered);
    connect(m_history, &History::conversationCleared, m_transfers, &Transfers::forgetContact);
    // Someone came online (or we logged in): files waiting for them go on a chat.
    connect(users(), &QAbstractItemModel::rowsInserted, this, &Client::openChatsForFiles);
    connect(users(), &QAbstractItemModel::modelReset, this, &Client::openChatsForFiles);
    connect(users(), &QAbstractItemModel::rowsRemoved, this, [this] {
        // Gone: the next time they come online is worth another chat.
        for (auto it = m_fileChatsTried.begin(); it != m_fileChatsTried.end();) {
            bool online = false;
            for (const UserInfo &user : users()->users())
                online = online || user.fingerprint == *it;
            it = online ? std::next(it) : m_fileChatsTried.erase(it);
        }
    });
}

void Client::setUpFiles(ChatSession *session)
{
    if (!m_filesEnabled)
        return;
    m_transfers->attach(session);
    if (session->direction() != ChatSession::Direction::Incoming)
        return;
    connect(session, &ChatSession::transferLinkOpened, this, [this, session](const QString &id) {
        // Taken: the session was never a chat, and goes without a trace.
        if (m_transfers->takeLink(session, id))
            session->deleteLater();
    });
}

void Client::openChatsForFiles()
{
    const QStringList waiting = m_transfers->waitingFor();
    if (waiting.isEmpty())
        return;
    for (const UserInfo &user : users()->users()) {
        if (!waiting.contains(user.fingerprint) || m_fileChatsTried.contains(user.fingerprint))
            continue;
        ChatSession *open = openChatWith(user.name);
        if (open && !open->isEnded())
            continue; // offered there once it is active
        // Once per time they come online: a chat they decline is not asked again and again.
        m_fileChatsTried.insert(user.fingerprint);
        chatWith(user);
    }
}

ChatSession *Client::chatOfTransfer(const QString &id) const
{
    const auto t = m_transfers->transfer(id);
    if (!t)
        return nullptr;
    ChatSession *found = nullptr;
    for (ChatSession *session : sessions()) {
        if (session->peerFingerprint() == t->peerFingerprint && !session->isLegacy() &&
            (!found || session->isActive()))
            found = session;
    }
    return found;
}

Result<QString> Client::sendFile(ChatSession *session, const QString &path)
{
    if (!session)
        return fail(tr("There is no chat to send the file on."));
    if (session->isLegacy())
        return fail(
            tr("%1 uses the original plain-text ChatBuddy: files can only be sent to "
               "someone using the encrypted ChatBuddy.")
                .arg(session->peerName().isEmpty() ? tr("This person") : session->peerName()));
    if (session->isActive() && !session->canSendFiles() &&
        session->trust() != ChatSession::Trust::KeyChanged)
        return fail(tr("%1's ChatBuddy cannot take files; they need a newer version.")
                        .arg(session->peerName()));
    auto id = m_transfers->offer(session, path);
    if (!id)
        return id;
    const auto t = m_transfers->transfer(*id);
    m_transfers->setContact(*id, contactOf(session));
    session->messages()->append(fileLine(*t, ChatLine::Kind::Outgoing, myName()));
    return id;
}

Result<QString> Client::sendFileToContact(qint64 contact, const QString &path)
{
    const auto who = m_history->contact(contact);
    if (!who)
        return fail(tr("This contact no longer exists."));
    for (ChatSession *session : sessions()) {
        if (session->isActive() && contactOf(session) == contact && session->canSendFiles())
            return sendFile(session, path);
    }
    if (who->fingerprint.isEmpty())
        return fail(tr("%1 uses the original plain-text ChatBuddy: files can only be sent to "
                       "someone using the encrypted ChatBuddy.")
                        .arg(who->name));
    auto id = m_transfers->queue(contact, who->name, who->fingerprint, path);
    if (!id)
        return id;
    m_history->append(contact,
                      fileLine(*m_transfers->transfer(*id), ChatLine::Kind::Outgoing, myName()));
    m_fileChatsTried.remove(who->fingerprint);
    openChatsForFiles();
    return id;
}

void Client::onFileOffered(const QString &id)
{
    const auto t = m_transfers->transfer(id);
    ChatSession *session = chatOfTransfer(id);
    if (!t || !session)
        return;
    m_transfers->setContact(id, contactOf(session));
    session->messages()->append(fileLine(*t, ChatLine::Kind::Incoming, session->peerName()));
    // Counted and notified as a message is, when the chat is not in view.
    onMessageReceived(session, ChatMessage{t->id, tr("Sends you a file: %1").arg(t->name),
                                           QDateTime::currentDateTimeUtc()});
    const qint64 limit = settings().fileSizeLimitMiB();
    if (limit > 0 && t->size > limit * MiB) {
        m_transfers->decline(
            id, QString(fileReason::TooLarge),
            tr("%1 takes files of at most %2 MiB.").arg(myName()).arg(limit),
            tr("Declined automatically: larger than the %1 MiB set in Settings.").arg(limit));
        return;
    }
    const qint64 automatic = settings().autoAcceptMiB();
    if (automatic > 0 && t->size <= automatic * MiB &&
        session->trust() == ChatSession::Trust::Verified) {
        if (Status saved = m_transfers->accept(id, settings().downloadFolder()); !saved)
            qWarning("A file from a verified contact could not be saved: %s",
                     qUtf8Printable(saved.error()));
    }
}

} // namespace chatbuddy::client
