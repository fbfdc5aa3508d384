// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File transfers of one client (docs/protocol.md §10): offers made and received on chats, the
// receiver's answer, a transfer link per file (opened by the side that opened the chat, with
// the chat's key checked), the bytes (FileSender, FileReceiver), and the outcome on the chat.
// A received file is written to a `.part` claimed in the chosen folder and takes its name
// only once its SHA-256 matched (desktop-client/core/filenames.h).

#include "identity.h"
#include "messages.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QSslSocket;

namespace chatbuddy::client {

class ChatSession;
class FileReceiver;
class FileSender;
namespace files {
struct Claimed;
}

struct Transfer {
    enum class Direction { Outgoing, Incoming };
    enum class State {
        Offered,   // outgoing: waiting for the answer; incoming: waiting for our user
        Accepted,  // the transfer link is being set up
        Moving,    // bytes are moving
        Done,      // the receiver has it, whole, under its name
        Declined,  // the receiver said no
        Cancelled, // either side cancelled
        Failed,    // something went wrong (message says what)
    };
    QString id;
    Direction direction = Direction::Outgoing;
    State state = State::Offered;
    QString name; // the file's name (incoming: made safe)
    qint64 size = 0;
    qint64 done = 0; // bytes the receiver has
    QString path;    // outgoing: the file sent; incoming: where it is (once Done)
    QString message; // why it was declined, cancelled or failed, for the user
    QString peerFingerprint;

    bool isFinished() const { return state >= State::Done; }
};

class Transfers : public QObject {
    Q_OBJECT
public:
    explicit Transfers(const Identity &identity, QObject *parent = nullptr);
    ~Transfers() override;

    // Listens to session's file frames (and offers "files" in its hello).
    void attach(ChatSession *session);

    // Offers the file at path on session; the transfer id.
    Result<QString> offer(ChatSession *session, const QString &path);
    // Incoming: saves it in folder under its (safe, free) name.
    Status accept(const QString &id, const QString &folder);
    void decline(const QString &id);
    void cancel(const QString &id);

    // An incoming connection said it is the transfer link for id: takes it if the transfer
    // expects one from that key.
    bool takeLink(ChatSession *incoming, const QString &id);

    std::optional<Transfer> transfer(const QString &id) const;
    QList<Transfer> all() const;

Q_SIGNALS:
    void offered(const QString &id); // an incoming offer waits for accept() or decline()
    void changed(const QString &id); // state or progress

private:
    struct Live; // a transfer's sockets, streams and claimed file

    void onFileFrame(ChatSession *session, const Message &frame);
    void onAccepted(Live &live, qint64 offset);
    void openLink(Live &live);
    void linkReady(Live &live, QSslSocket *socket);
    void startStream(Live &live);
    void receiveDone(Live &live);
    void finish(Live &live, Transfer::State state, const QString &message);
    void failTransfer(Live &live, const QString &reason, const QString &message);
    Live *find(const QString &id) const;

    Identity m_identity;
    QHash<QString, std::shared_ptr<Live>> m_transfers;
};

} // namespace chatbuddy::client
