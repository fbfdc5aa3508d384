// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File transfers of one client (docs/protocol.md §10, docs/files.md): offers made and received
// on chats, the receiver's answer, a transfer link per file (opened by the side that opened the
// chat, with the chat's key checked), the bytes (FileSender, FileReceiver), and the outcome on
// the chat. A received file is written to a `.part` claimed in the chosen folder and takes its
// name only once its SHA-256 matched (desktop-client/core/filenames.h).
//
// Transfers outlast links, chats and the app: every one is kept in the store (delivery.sqlite)
// at each change of state. One that is cut (a lost link, a quit, a crash of either side) waits
// (State::Waiting) and the sender offers it again, with the same id, on the next chat with the
// same key; the receiver answers with what its `.part` holds, and only the rest moves. A file
// for a contact who is offline waits the same way from the start.

#include "filestream.h"
#include "identity.h"
#include "messages.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QSslSocket;

namespace chatbuddy::client {

class ChatSession;
class Outbox;
namespace files {
struct Claimed;
}

struct Transfer {
    enum class Direction { Outgoing, Incoming };
    // Stored by name (stateName()); isFinished() relies on the order.
    enum class State {
        Offered,   // outgoing: waiting for the answer; incoming: waiting for our user
        Accepted,  // the transfer link is being set up
        Moving,    // bytes are moving
        Waiting,   // for the other side to be back (offline, or the transfer was cut)
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
    qint64 done = 0;      // bytes the receiver has
    qint64 resumedAt = 0; // where the bytes of the latest link started (0: from the start)
    qint64 moved = 0;     // bytes of the file that crossed links in this run, every link counted
    QString path;         // outgoing: the file sent; incoming: where it is (once Done)
    QString message;      // why it was declined, cancelled or failed, for the user
    QString peerFingerprint;
    QString peerName;
    qint64 contact = 0; // whose conversation it is in (0: not known yet)
    QDateTime time;     // when it was first offered (UTC)
    // Incoming: the user said where it goes (partPath holds what came so far): it resumes by
    // itself when offered again.
    bool accepted = false;
    QString partPath;
    QDateTime modified; // outgoing: the file's time when offered: a changed file is not resumed

    bool isFinished() const { return state >= State::Done; }
    bool isOutgoing() const { return direction == Direction::Outgoing; }
};

class Transfers : public QObject {
    Q_OBJECT
public:
    explicit Transfers(const Identity &identity, QObject *parent = nullptr);
    ~Transfers() override;

    // Keeps every transfer in store (not owned; must outlive this) and loads those kept there:
    // the unfinished ones wait for their peer.
    void setStore(Outbox *store);

    // Listens to session's file frames (and offers "files" in its hello); once it is active,
    // what waits for its key is offered on it.
    void attach(ChatSession *session);

    // Offers the file at path on session; the transfer id.
    Result<QString> offer(ChatSession *session, const QString &path);
    // A file for a contact with no chat now: it is offered on the next chat with their key.
    Result<QString> queue(qint64 contact, const QString &name, const QString &fingerprint,
                          const QString &path);
    // Incoming: saves it in folder under its name, or under name if one is given (made safe
    // either way, and numbered if taken). While the sender is away, the choice is kept and the
    // file comes when they offer it again.
    Status accept(const QString &id, const QString &folder, const QString &name = {});
    // Incoming: says no. reason and message (for the sender) say why when it was not the user
    // (a file over the size limit); note is what our user sees then.
    void decline(const QString &id, const QString &reason = QString(fileReason::Declined),
                 const QString &message = {}, const QString &note = {});
    void cancel(const QString &id);
    // Sets whose conversation a transfer is in (kept with it).
    void setContact(const QString &id, qint64 contact);
    // Forgets the finished transfers of a contact (their conversation was cleared); unfinished
    // ones are cancelled first.
    void forgetContact(qint64 contact);

    // An incoming connection said it is the transfer link for id: takes it if the transfer
    // expects one from that key.
    bool takeLink(ChatSession *incoming, const QString &id);

    std::optional<Transfer> transfer(const QString &id) const;
    QList<Transfer> all() const;
    // Keys that outgoing transfers wait for.
    QStringList waitingFor() const;

    // Tests: how received files are opened for writing (a full disk).
    void setOpenerForTesting(FileReceiver::Opener opener) { m_testOpener = std::move(opener); }

    static QString stateName(Transfer::State state);
    static QJsonObject toJson(const Transfer &t);
    static std::optional<Transfer> fromJson(const QJsonObject &o);

Q_SIGNALS:
    void offered(const QString &id); // an incoming offer waits for accept() or decline()
    void changed(const QString &id); // state or progress

private:
    struct Live; // a transfer's sockets, streams and claimed file

    Result<std::shared_ptr<Live>> newOutgoing(const QString &path, const QString &fingerprint);
    void onFileFrame(ChatSession *session, const Message &frame);
    void onOffer(ChatSession *session, const FileOffer &offer);
    void offerWaiting(ChatSession *session);
    void bind(Live &live, ChatSession *session);
    void resumeIncoming(Live &live);
    void onAccepted(Live &live, qint64 offset);
    void openLink(Live &live);
    void linkReady(Live &live, QSslSocket *socket);
    void startStream(Live &live);
    void watchLink(Live &live);
    void receiveDone(Live &live);
    void interrupt(Live &live, const QString &message);
    void finish(Live &live, Transfer::State state, const QString &message);
    void failTransfer(Live &live, const QString &reason, const QString &message);
    void dropLink(Live &live);
    void save(const Live &live);
    Live *find(const QString &id) const;

    Identity m_identity;
    Outbox *m_store = nullptr;
    QHash<QString, std::shared_ptr<Live>> m_transfers;
    FileReceiver::Opener m_testOpener;
};

} // namespace chatbuddy::client
