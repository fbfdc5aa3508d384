// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes what each chat shows into the history, in the conversation of its contact: messages
// with their delivery states, and the events (started, ended, declined, lost, key changed,
// accepted, verified); not the transient lines (connecting, waiting), which the tab's header
// shows while they last. A plain-text chat by address with nobody's name is recorded for its
// tab but never becomes a saved contact. A chat's contact is known once the peer's name and key
// are; what the chat showed before that is written then, in order. Someone becomes a saved contact
// (listed even when offline) by chatting with us or by being verified; a declined stranger does
// not.

#include "chatsession.h"

#include <QHash>
#include <QObject>

namespace chatbuddy::client {

class History;

class ChatRecorder : public QObject {
    Q_OBJECT
public:
    // history is not owned and must outlive the recorder.
    explicit ChatRecorder(History *history, QObject *parent = nullptr);

    // Records session from now on (and what it showed so far) until it is destroyed.
    void track(ChatSession *session);
    // The session's contact; 0 until its peer is known.
    qint64 contactOf(const ChatSession *session) const;

Q_SIGNALS:
    // The session's peer is known: its lines go into contact's conversation.
    void contactResolved(chatbuddy::client::ChatSession *session, qint64 contact);

private:
    struct Track {
        qint64 contact = 0;
        bool keep = true; // becomes a saved contact once it chats (not a nameless address)
        int rowsRecorded = 0;
        QHash<QString, qint64> entryOfMessage; // outgoing message id -> entry, for receipts
    };

    void resolve(ChatSession *session);
    void recordRows(ChatSession *session);
    void onDataChanged(ChatSession *session, int first, int last);

    History *m_history;
    QHash<const ChatSession *, Track> m_tracks;
};

} // namespace chatbuddy::client
