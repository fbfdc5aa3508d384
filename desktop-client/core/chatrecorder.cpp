// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatrecorder.h"

#include "history.h"

namespace chatbuddy::client {

ChatRecorder::ChatRecorder(History *history, QObject *parent)
    : QObject(parent)
    , m_history(history)
{
}

qint64 ChatRecorder::contactOf(const ChatSession *session) const
{
    return m_tracks.value(session).contact;
}

void ChatRecorder::track(ChatSession *session)
{
    if (m_tracks.contains(session))
        return;
    m_tracks.insert(session, Track{});
    MessageModel *lines = session->messages();
    connect(lines, &QAbstractItemModel::rowsInserted, this,
            [this, session] { recordRows(session); });
    connect(lines, &QAbstractItemModel::dataChanged, this,
            [this, session](const QModelIndex &first, const QModelIndex &last) {
                onDataChanged(session, first.row(), last.row());
            });
    connect(session, &ChatSession::peerNameChanged, this, [this, session] { resolve(session); });
    connect(session, &ChatSession::stateChanged, this, [this, session](ChatSession::State state) {
        resolve(session);
        const Track track = m_tracks.value(session);
        if (track.contact != 0 && track.keep && state == ChatSession::State::Active)
            m_history->save(track.contact); // chatted: one of the contacts from now on
    });
    connect(session, &ChatSession::trustChanged, this, [this, session](ChatSession::Trust trust) {
        resolve(session);
        const Track track = m_tracks.value(session);
        if (track.contact != 0 && track.keep && trust == ChatSession::Trust::Verified)
            m_history->save(track.contact);
    });
    connect(session, &QObject::destroyed, this, [this, session] { m_tracks.remove(session); });
    resolve(session);
}

void ChatRecorder::resolve(ChatSession *session)
{
    auto it = m_tracks.find(session);
    if (it == m_tracks.end() || it->contact != 0)
        return;
    QString name = session->peerName();
    QString fingerprint = session->peerFingerprint();
    if (fingerprint.isEmpty() && session->expectedPeer())
        fingerprint = session->expectedPeer()->fingerprint; // the directory's word, checked by TLS
    if (session->isLegacy()) {
        // No key: a plain-text peer is its name, or its computer when the name is unknown
        // (an incoming one learns its name from the directory just before the user is asked).
        const bool settled = session->state() == ChatSession::State::Active ||
                             session->state() == ChatSession::State::Ended;
        if (name.isEmpty() && !settled)
            return;
        if (name.isEmpty()) {
            // Nobody by name: the tab's conversation, but not someone for the people list.
            name = session->peerHost();
            it->keep = false;
        }
        fingerprint.clear();
    } else if (name.isEmpty() || fingerprint.isEmpty()) {
        return; // not known yet (a chat by address before the peer's hello)
    }
    if (name.isEmpty())
        return;
    it->contact = m_history->contactFor(name, fingerprint).id;
    if (session->state() == ChatSession::State::Active && it->keep)
        m_history->save(it->contact);
    recordRows(session);
    Q_EMIT contactResolved(session, it->contact);
}

void ChatRecorder::recordRows(ChatSession *session)
{
    auto it = m_tracks.find(session);
    if (it == m_tracks.end() || it->contact == 0)
        return;
    const MessageModel *lines = session->messages();
    while (it->rowsRecorded < lines->rowCount()) {
        const ChatLine &line = lines->lineAt(it->rowsRecorded++);
        // "Trying to reach…", "Waiting for … to accept": the tab's header says that while it
        // lasts; the conversation is what was said and what happened.
        if (line.event == ChatLine::Event::Transient)
            continue;
        const qint64 entry = m_history->append(it->contact, line);
        if (line.kind == ChatLine::Kind::Outgoing && !line.id.isEmpty())
            it->entryOfMessage.insert(line.id, entry);
        if (line.event == ChatLine::Event::KeyAccepted)
            m_history->setKey(it->contact, session->peerFingerprint());
    }
}

void ChatRecorder::onDataChanged(ChatSession *session, int first, int last)
{
    const auto it = m_tracks.constFind(session);
    if (it == m_tracks.cend())
        return;
    const MessageModel *lines = session->messages();
    for (int row = first; row <= last && row < it->rowsRecorded; ++row) {
        const ChatLine &line = lines->lineAt(row);
        const qint64 entry = it->entryOfMessage.value(line.id);
        if (line.kind == ChatLine::Kind::Outgoing && entry != 0)
            m_history->setDelivery(entry, line.delivery);
    }
}

} // namespace chatbuddy::client
