// SPDX-License-Identifier: GPL-3.0-or-later
// Over 450 lines: the whole life of a transfer in one place (offer, answer, link, bytes, a cut
// and its resumption, the end), so that every state change is visibly saved and told.
#include "transfers.h"

#include "chatsession.h"
#include "filenames.h"
#include "framecodec.h"
#include "outbox.h"
#include "tlsconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSslSocket>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

struct Transfers::Live {
    Transfer t;
    QPointer<ChatSession> chat;
    std::unique_ptr<QSslSocket> link;
    std::unique_ptr<FileSender> sender;
    std::unique_ptr<FileReceiver> receiver;
    std::unique_ptr<files::Claimed> claimed;
    bool weOpenLink = false; // we opened the chat, so we open its transfer links
    bool allSent = false;    // outgoing: every byte and the end are written; file-done is next
    bool owesCancel = false; // outgoing, cancelled while they were away: told on the next chat
    qint64 movedBefore = 0;  // t.moved when the current link started
};

namespace {
// The other side's answer to our file-link: the frame, once a whole line is there.
std::optional<FileLink> readLinkAnswer(QSslSocket *socket, bool *broken)
{
    *broken = false;
    if (!socket->canReadLine()) {
        *broken = socket->bytesAvailable() > MaxFrameSize;
        return std::nullopt;
    }
    const QByteArray line = socket->readLine(MaxFrameSize + 1);
    const auto message = parseMessage(QJsonDocument::fromJson(line).object());
    const auto *link = message ? std::get_if<FileLink>(&*message) : nullptr;
    if (!link) {
        *broken = true;
        return std::nullopt;
    }
    return *link;
}
} // namespace

Transfers::Transfers(const Identity &identity, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
{
}

Transfers::~Transfers()
{
    // The app quits: what moves stays as it is on disk (it resumes next time), nothing is told,
    // and no link may call back into a half-destroyed object.
    for (const auto &live : std::as_const(m_transfers)) {
        if (live->sender)
            live->sender->stop();
        if (live->receiver)
            live->receiver->stop();
        if (live->link)
            live->link->disconnect(this);
    }
}

void Transfers::setStore(Outbox *store)
{
    m_store = store;
    if (!m_store)
        return;
    for (const QJsonObject &record : m_store->transfers()) {
        auto t = fromJson(record);
        if (!t || m_transfers.contains(t->id))
            continue;
        auto live = std::make_shared<Live>();
        live->t = std::move(*t);
        live->owesCancel = record.value("owesCancel"_L1).toBool();
        if (!live->t.isFinished()) {
            // Cut by the end of the app: it goes on when the other side is back.
            live->t.state = Transfer::State::Waiting;
            if (live->t.accepted)
                live->t.done = std::min(QFileInfo(live->t.partPath).size(), live->t.size);
        }
        m_transfers.insert(live->t.id, live);
    }
}

void Transfers::save(const Live &live)
{
    if (!m_store)
        return;
    QJsonObject record = toJson(live.t);
    if (live.owesCancel)
        record.insert("owesCancel"_L1, true);
    if (Status saved = m_store->saveTransfer(live.t.id, live.t.contact, record); !saved)
        qWarning("A file transfer could not be kept: %s", qUtf8Printable(saved.error()));
}

void Transfers::attach(ChatSession *session)
{
    session->setFilesOffered(true);
    connect(session, &ChatSession::fileFrameReceived, this,
            [this, session](const Message &frame) { onFileFrame(session, frame); });
    connect(session, &ChatSession::stateChanged, this, [this, session] {
        if (session->isActive()) {
            offerWaiting(session);
            return;
        }
        if (!session->isEnded())
            return;
        // What was being agreed on waits for the next chat; what moves has its own link.
        for (const auto &live : std::as_const(m_transfers)) {
            if (live->chat == session && !live->t.isFinished() && !live->link)
                interrupt(*live, tr("The chat ended; the file goes on when you chat again."));
        }
    });
    connect(session, &ChatSession::trustChanged, this, [this, session] {
        if (session->isActive())
            offerWaiting(session); // a changed key was accepted
    });
    if (session->isActive())
        offerWaiting(session);
}

// Over 50 lines: each waiting transfer for this key, checked and offered again.
void Transfers::offerWaiting(ChatSession *session)
{
    if (!session->canSendFiles())
        return;
    const QString fingerprint = session->peerFingerprint();
    for (const auto &live : std::as_const(m_transfers)) {
        Transfer &t = live->t;
        if (!t.isOutgoing() || t.peerFingerprint != fingerprint)
            continue;
        if (live->owesCancel) {
            session->sendFileFrame(
                FileCancel{t.id, QString(fileReason::Cancelled), tr("The sender cancelled it.")});
            live->owesCancel = false;
            save(*live);
            continue;
        }
        if (t.state != Transfer::State::Waiting)
            continue;
        const QFileInfo info(t.path);
        if (!info.isFile() || info.size() != t.size ||
            (t.modified.isValid() && info.lastModified().toUTC() != t.modified)) {
            finish(*live, Transfer::State::Failed,
                   tr("%1 changed or is gone since it was offered, so it was not sent.")
                       .arg(QDir::toNativeSeparators(t.path)));
            session->sendFileFrame(FileCancel{t.id, QString(fileReason::Unreadable), t.message});
            continue;
        }
        bind(*live, session);
        t.state = Transfer::State::Offered;
        t.message.clear();
        session->sendFileFrame(FileOffer{t.id, t.name, t.size});
        save(*live);
        Q_EMIT changed(t.id);
    }
}

void Transfers::bind(Live &live, ChatSession *session)
{
    live.chat = session;
    live.weOpenLink = session->direction() == ChatSession::Direction::Outgoing;
    if (!session->peerName().isEmpty())
        live.t.peerName = session->peerName();
}

Transfers::Live *Transfers::find(const QString &id) const
{
    const auto it = m_transfers.constFind(id);
    return it == m_transfers.cend() ? nullptr : it->get();
}

std::optional<Transfer> Transfers::transfer(const QString &id) const
{
    const Live *live = find(id);
    return live ? std::optional(live->t) : std::nullopt;
}

QList<Transfer> Transfers::all() const
{
    QList<Transfer> out;
    for (const auto &live : m_transfers)
        out.append(live->t);
    return out;
}

QStringList Transfers::waitingFor() const
{
    QStringList keys;
    for (const auto &live : m_transfers) {
        if (live->t.isOutgoing() &&
            (live->t.state == Transfer::State::Waiting || live->owesCancel) &&
            !keys.contains(live->t.peerFingerprint))
            keys.append(live->t.peerFingerprint);
    }
    return keys;
}

// A new outgoing transfer of the file at path to the key fingerprint, not kept yet.
Result<std::shared_ptr<Transfers::Live>> Transfers::newOutgoing(const QString &path,
                                                                const QString &fingerprint)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return fail(tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    auto live = std::make_shared<Live>();
    live->t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    live->t.direction = Transfer::Direction::Outgoing;
    live->t.name = info.fileName();
    live->t.size = info.size();
    live->t.path = info.absoluteFilePath();
    live->t.modified = info.lastModified().toUTC();
    live->t.peerFingerprint = fingerprint;
    live->t.time = QDateTime::currentDateTimeUtc();
    return live;
}

Result<QString> Transfers::offer(ChatSession *session, const QString &path)
{
    if (!session || !session->canSendFiles())
        return fail(tr("Files can only be sent in a chat with a ChatBuddy that takes them."));
    auto made = newOutgoing(path, session->peerFingerprint());
    if (!made)
        return fail(made.error());
    const std::shared_ptr<Live> live = *made;
    bind(*live, session);
    if (!session->sendFileFrame(FileOffer{live->t.id, live->t.name, live->t.size}))
        return fail(tr("The offer could not be sent."));
    m_transfers.insert(live->t.id, live);
    save(*live);
    Q_EMIT changed(live->t.id);
    return live->t.id;
}

Result<QString> Transfers::queue(qint64 contact, const QString &name, const QString &fingerprint,
                                 const QString &path)
{
    if (fingerprint.isEmpty())
        return fail(tr("Files can only be sent to someone who uses ChatBuddy."));
    auto made = newOutgoing(path, fingerprint);
    if (!made)
        return fail(made.error());
    const std::shared_ptr<Live> live = *made;
    live->t.state = Transfer::State::Waiting;
    live->t.peerName = name;
    live->t.contact = contact;
    m_transfers.insert(live->t.id, live);
    save(*live);
    Q_EMIT changed(live->t.id);
    return live->t.id;
}

void Transfers::setContact(const QString &id, qint64 contact)
{
    if (Live *live = find(id); live && live->t.contact != contact) {
        live->t.contact = contact;
        save(*live);
    }
}

void Transfers::forgetContact(qint64 contact)
{
    const QList<QString> ids = m_transfers.keys();
    for (const QString &id : ids) {
        Live *live = find(id);
        if (live->t.contact != contact)
            continue;
        cancel(id);
        m_transfers.remove(id);
    }
    if (m_store)
        m_store->removeTransfersOf(contact);
}

// Over 50 lines: one branch per file frame, each checked against the transfer's state.
void Transfers::onFileFrame(ChatSession *session, const Message &frame)
{
    if (const auto *offer = std::get_if<FileOffer>(&frame)) {
        onOffer(session, *offer);
        return;
    }
    const QString id = std::visit(
        [](const auto &m) -> QString {
            if constexpr (requires { m.id; })
                return m.id;
            return {};
        },
        frame);
    Live *live = find(id);
    // Only from the key it is with; a finished one is over.
    if (!live || live->t.peerFingerprint != session->peerFingerprint() || live->t.isFinished())
        return;
    const bool outgoing = live->t.isOutgoing();
    if (const auto *accept = std::get_if<FileAccept>(&frame)) {
        if (outgoing && live->chat == session && live->t.state == Transfer::State::Offered &&
            accept->offset >= 0 && accept->offset <= live->t.size)
            onAccepted(*live, accept->offset);
    } else if (const auto *decline = std::get_if<FileDecline>(&frame)) {
        if (outgoing && live->t.state == Transfer::State::Offered) {
            // Said in our words where we know why (the message is in the receiver's language).
            const QString why = decline->reason == fileReason::TooLarge
                                    ? tr("It is larger than %1 takes.").arg(live->t.peerName)
                                : decline->reason == fileReason::Declined ? QString()
                                                                          : decline->message;
            finish(*live, Transfer::State::Declined, why);
        }
    } else if (const auto *cancel = std::get_if<FileCancel>(&frame)) {
        const bool byPerson = cancel->reason == fileReason::Cancelled;
        finish(*live, byPerson ? Transfer::State::Cancelled : Transfer::State::Failed,
               cancel->message.isEmpty() ? tr("The other side stopped the transfer.")
                                         : cancel->message);
    } else if (std::holds_alternative<FileDone>(frame)) {
        // The receiver has it whole (its SHA-256 matched): after the last byte, or told again
        // on a later chat because we were away when it said so.
        if (outgoing && (live->allSent || live->t.state == Transfer::State::Offered ||
                         live->t.state == Transfer::State::Waiting)) {
            live->t.done = live->t.size;
            finish(*live, Transfer::State::Done, {});
        }
    }
}

// Over 50 lines: a new offer, or one we know (a resumption, or one that ended while the sender
// was away, which is told again).
void Transfers::onOffer(ChatSession *session, const FileOffer &offer)
{
    Live *known = find(offer.id);
    if (!known) {
        auto live = std::make_shared<Live>();
        live->t.id = offer.id;
        live->t.direction = Transfer::Direction::Incoming;
        live->t.name = files::safeFileName(offer.name);
        live->t.size = offer.size;
        live->t.peerFingerprint = session->peerFingerprint();
        live->t.time = QDateTime::currentDateTimeUtc();
        bind(*live, session);
        m_transfers.insert(offer.id, live);
        save(*live);
        Q_EMIT offered(offer.id);
        return;
    }
    Live &live = *known;
    if (live.t.isOutgoing() || live.t.peerFingerprint != session->peerFingerprint())
        return; // an id that is not theirs to offer
    switch (live.t.state) {
    case Transfer::State::Done:
        session->sendFileFrame(FileDone{live.t.id});
        return;
    case Transfer::State::Declined:
        session->sendFileFrame(FileDecline{live.t.id, QString(fileReason::Declined), {}});
        return;
    case Transfer::State::Cancelled:
    case Transfer::State::Failed:
        session->sendFileFrame(
            FileCancel{live.t.id,
                       QString(live.t.state == Transfer::State::Cancelled ? fileReason::Cancelled
                                                                          : fileReason::Failed),
                       live.t.message});
        return;
    case Transfer::State::Offered:
    case Transfer::State::Waiting:
        break;
    case Transfer::State::Accepted:
    case Transfer::State::Moving:
        return; // under way already
    }
    if (offer.size != live.t.size) {
        bind(live, session);
        failTransfer(live, QString(fileReason::Failed),
                     tr("The file was offered again with another size."));
        return;
    }
    bind(live, session);
    if (live.t.accepted) {
        resumeIncoming(live);
        return;
    }
    live.t.state = Transfer::State::Offered;
    live.t.message.clear();
    save(live);
    Q_EMIT changed(live.t.id);
}

void Transfers::resumeIncoming(Live &live)
{
    auto reopened = files::reopenTarget(live.t.partPath, live.t.name);
    if (!reopened) {
        // The .part is gone (removed by hand): it starts again from nothing, in the same folder.
        reopened = files::claimTarget(QFileInfo(live.t.partPath).absolutePath(), live.t.name);
        if (!reopened) {
            failTransfer(live, QString(fileReason::CannotWrite), reopened.error());
            return;
        }
    }
    live.claimed = std::make_unique<files::Claimed>(std::move(reopened).value());
    live.t.partPath = live.claimed->partPath;
    const qint64 offset = std::min(live.claimed->part->size(), live.t.size);
    if (live.claimed->part->size() > offset)
        live.claimed->part->resize(offset);
    live.chat->sendFileFrame(FileAccept{live.t.id, offset});
    onAccepted(live, offset);
}

Status Transfers::accept(const QString &id, const QString &folder, const QString &name)
{
    Live *live = find(id);
    if (!live || live->t.isOutgoing() || live->t.accepted ||
        (live->t.state != Transfer::State::Offered && live->t.state != Transfer::State::Waiting))
        return fail(tr("This file is no longer offered."));
    auto claimed = files::claimTarget(folder, name.isEmpty() ? live->t.name : name);
    if (!claimed)
        return fail(claimed.error());
    live->t.name = claimed->name;
    live->claimed = std::make_unique<files::Claimed>(std::move(claimed).value());
    live->t.accepted = true;
    live->t.partPath = live->claimed->partPath;
    if (live->t.state == Transfer::State::Offered && live->chat && live->chat->canSendFiles()) {
        live->chat->sendFileFrame(FileAccept{id, 0});
        onAccepted(*live, 0);
        return {};
    }
    // The sender is away: it comes when they offer it again.
    live->t.state = Transfer::State::Waiting;
    live->claimed.reset();
    save(*live);
    Q_EMIT changed(id);
    return {};
}

void Transfers::decline(const QString &id, const QString &reason, const QString &message,
                        const QString &note)
{
    Live *live = find(id);
    if (!live || live->t.isOutgoing() || live->t.accepted ||
        (live->t.state != Transfer::State::Offered && live->t.state != Transfer::State::Waiting))
        return;
    if (live->chat && live->t.state == Transfer::State::Offered)
        live->chat->sendFileFrame(FileDecline{id, reason, message});
    finish(*live, Transfer::State::Declined, note.isEmpty() ? tr("You declined the file.") : note);
}

void Transfers::cancel(const QString &id)
{
    Live *live = find(id);
    if (!live || live->t.isFinished())
        return;
    const FileCancel frame{id, QString(fileReason::Cancelled), {}};
    const bool told = live->chat && live->chat->sendFileFrame(frame);
    // An incoming one is answered when the sender offers it again; an outgoing one the
    // receiver may be waiting for is told on the next chat.
    live->owesCancel = !told && live->t.isOutgoing();
    finish(*live, Transfer::State::Cancelled, tr("You cancelled the transfer."));
}

void Transfers::onAccepted(Live &live, qint64 offset)
{
    live.t.resumedAt = offset;
    live.t.done = offset;
    live.t.state = Transfer::State::Accepted;
    live.t.message.clear();
    live.allSent = false;
    save(live);
    Q_EMIT changed(live.t.id);
    if (live.weOpenLink)
        openLink(live);
    // else the other side opens it: takeLink()
}

// Over 50 lines: the link's three steps (TLS with the chat's key, our file-link, theirs) and
// what ends each.
void Transfers::openLink(Live &live)
{
    if (!live.chat) {
        interrupt(live, tr("The chat ended; the file goes on when you chat again."));
        return;
    }
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(tlsConfiguration(m_identity));
    QSslSocket *raw = socket.get();
    const QString id = live.t.id;
    connect(raw, &QSslSocket::encrypted, this, [this, id, raw] {
        Live *l = find(id);
        if (!l)
            return;
        // The very key of the chat, or nothing goes.
        if (fingerprintOf(raw->peerCertificate()) != l->t.peerFingerprint) {
            failTransfer(
                *l, QString(fileReason::Failed),
                tr("The transfer link presented another key than the chat; it was closed."));
            return;
        }
        raw->write(encodeFrame(FileLink{id}.toJson()));
    });
    connect(raw, &QSslSocket::readyRead, this, [this, id, raw] {
        Live *l = find(id);
        if (!l || l->sender || l->receiver)
            return;
        bool broken = false;
        const auto answer = readLinkAnswer(raw, &broken);
        if (broken || (answer && answer->id != id)) {
            failTransfer(*l, QString(fileReason::Failed),
                         tr("The other side did not answer the transfer link."));
            return;
        }
        if (answer) {
            disconnect(raw, &QSslSocket::readyRead, this, nullptr);
            startStream(*l);
        }
    });
    connect(raw, &QSslSocket::errorOccurred, this, [this, id, raw] {
        if (Live *l = find(id); l && !l->t.isFinished() && !l->sender && !l->receiver)
            interrupt(*l, tr("The transfer link could not be opened (%1); the file goes on when "
                             "you chat again.")
                              .arg(raw->errorString()));
    });
    live.link = std::move(socket);
    raw->connectToHostEncrypted(live.chat->peerHost(), live.chat->peerPort());
}

bool Transfers::takeLink(ChatSession *incoming, const QString &id)
{
    Live *live = find(id);
    if (!live || live->weOpenLink || live->t.state != Transfer::State::Accepted || live->link ||
        incoming->peerFingerprint() != live->t.peerFingerprint)
        return false;
    QSslSocket *socket = incoming->takeTransferSocket();
    if (!socket)
        return false;
    live->link.reset(socket);
    socket->write(encodeFrame(FileLink{id}.toJson()));
    startStream(*live);
    return true;
}

// Over 50 lines: the sender's and the receiver's stream, each with its progress and its end.
void Transfers::startStream(Live &live)
{
    live.t.state = Transfer::State::Moving;
    live.movedBefore = live.t.moved;
    const QString id = live.t.id;
    const auto progress = [this, id](qint64 done) {
        if (Live *l = find(id)) {
            l->t.done = done;
            l->t.moved = l->movedBefore + (done - l->t.resumedAt);
            Q_EMIT changed(id);
        }
    };
    const auto failed = [this, id](const QString &reason, const QString &message) {
        if (Live *l = find(id))
            failTransfer(*l, reason, message);
    };
    if (live.t.isOutgoing()) {
        live.sender = std::make_unique<FileSender>(live.link.get(), live.t.path, live.t.resumedAt,
                                                   live.t.size);
        connect(live.sender.get(), &FileSender::progress, this, progress);
        connect(live.sender.get(), &FileSender::failed, this, failed);
        connect(live.sender.get(), &FileSender::finished, this, [this, id] {
            if (Live *l = find(id))
                l->allSent = true; // file-done comes on the chat
        });
        live.sender->start();
    } else {
        live.receiver = std::make_unique<FileReceiver>(live.link.get(), live.claimed->partPath,
                                                       live.t.resumedAt, live.t.size);
        if (m_testOpener) {
            live.receiver->setOpener(m_testOpener);
        } else {
            // Written through the descriptor claimTarget() opened: never the path again.
            QFile *part = live.claimed->part.get();
            live.receiver->setOpener([part](const QString &) {
                auto file = std::make_unique<QFile>();
                file->open(part->handle(), QIODevice::ReadWrite | QIODevice::Unbuffered,
                           QFileDevice::DontCloseHandle);
                return file;
            });
        }
        connect(live.receiver.get(), &FileReceiver::progress, this, progress);
        connect(live.receiver.get(), &FileReceiver::failed, this, failed);
        connect(live.receiver.get(), &FileReceiver::finished, this, [this, id] {
            if (Live *l = find(id))
                receiveDone(*l);
        });
        live.receiver->start();
    }
    watchLink(live);
    save(live);
    Q_EMIT changed(id);
}

void Transfers::watchLink(Live &live)
{
    const QString id = live.t.id;
    const auto lost = [this, id] {
        Live *l = find(id);
        if (!l || l->t.isFinished() || !l->link)
            return;
        if (l->allSent && l->chat && l->chat->isActive()) {
            dropLink(*l); // the receiver closed it after the last byte: file-done is on its way
            return;
        }
        interrupt(*l, tr("The connection was lost; the file goes on from where it stopped when "
                         "you are both back."));
    };
    connect(live.link.get(), &QSslSocket::disconnected, this, lost);
    connect(live.link.get(), &QSslSocket::errorOccurred, this, lost);
}

void Transfers::receiveDone(Live &live)
{
    auto finalPath = files::finishTarget(*live.claimed);
    if (!finalPath) {
        failTransfer(live, QString(fileReason::CannotWrite), finalPath.error());
        return;
    }
    live.t.path = *finalPath;
    live.t.partPath.clear();
    live.t.done = live.t.size;
    if (live.chat)
        live.chat->sendFileFrame(FileDone{live.t.id}); // else: told when it is offered again
    finish(live, Transfer::State::Done, {});
}

void Transfers::failTransfer(Live &live, const QString &reason, const QString &message)
{
    if (live.t.isFinished())
        return;
    if (live.chat)
        live.chat->sendFileFrame(FileCancel{live.t.id, reason, message});
    finish(live, Transfer::State::Failed, message);
}

void Transfers::dropLink(Live &live)
{
    if (live.sender)
        live.sender->stop();
    if (live.receiver)
        live.receiver->stop();
    if (live.link) {
        QSslSocket *link = live.link.release();
        link->disconnect(this);
        link->disconnectFromHost();
        link->deleteLater();
    }
    // The streams point at the link: they go with it.
    if (live.sender)
        live.sender.release()->deleteLater();
    if (live.receiver)
        live.receiver.release()->deleteLater();
}

void Transfers::interrupt(Live &live, const QString &message)
{
    if (live.t.isFinished())
        return;
    dropLink(live);
    live.claimed.reset(); // closed; what it holds stays for the resumption
    live.allSent = false;
    live.t.state = Transfer::State::Waiting;
    live.t.message = message;
    save(live);
    Q_EMIT changed(live.t.id);
}

void Transfers::finish(Live &live, Transfer::State state, const QString &message)
{
    if (live.t.isFinished())
        return;
    live.t.state = state;
    live.t.message = message;
    dropLink(live);
    // A received file that is not whole goes: never a silently wrong file.
    if (state != Transfer::State::Done && !live.t.isOutgoing() && live.t.accepted) {
        live.claimed.reset();
        if (!live.t.partPath.isEmpty())
            QFile::remove(live.t.partPath);
        live.t.partPath.clear();
    }
    live.claimed.reset();
    save(live);
    Q_EMIT changed(live.t.id);
}

} // namespace chatbuddy::client
