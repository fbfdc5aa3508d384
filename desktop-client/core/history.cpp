// SPDX-License-Identifier: GPL-3.0-or-later
#include "history.h"

#include "historydb.h"
#include "username.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcHistory, "chatbuddy.history")

namespace chatbuddy::client {

namespace {
QAtomicInteger<quint64> connectionCounter;

QString connectionName(const char *role)
{
    return u"chatbuddy-history-%1-%2"_s.arg(QLatin1StringView(role))
        .arg(connectionCounter.fetchAndAddRelaxed(1));
}

constexpr auto FirstRetry = 2s;
constexpr auto LastRetry = 60s;
} // namespace

// The writer: its own connection on its own thread, one transaction per batch.
class HistoryWriter : public QObject {
    Q_OBJECT
public:
    explicit HistoryWriter(const QString &path)
        : m_path(path)
        , m_db(connectionName("writer"))
    {
    }

    // On the writer thread.
    bool open() { return m_db.open(m_path, false) == HistoryDb::Opened::Ok; }
    void close() { m_db.close(); }
    void setSizeLimit(qint64 bytes) { m_db.setSizeLimit(bytes); }
    QString error() const { return m_db.error(); }

    void write(const std::vector<HistoryOp> &ops)
    {
        QString error;
        const bool ok = writeNow(ops, error);
        Q_EMIT done(ops.empty() ? 0 : ops.back().serial, ok, error, m_db.damaged());
    }

    // Applies what was not written yet (flush() may send a batch that is already on disk).
    bool writeNow(std::vector<HistoryOp> ops, QString &error)
    {
        std::erase_if(ops, [this](const HistoryOp &op) { return op.serial <= m_written; });
        if (ops.empty())
            return true;
        if (!m_db.apply(ops)) {
            error = m_db.error();
            return false;
        }
        m_written = ops.back().serial;
        return true;
    }

Q_SIGNALS:
    void done(quint64 upToSerial, bool ok, const QString &error, bool damaged);

private:
    QString m_path;
    HistoryDb m_db;
    quint64 m_written = 0; // the serial of the last op on disk
};

History::History(QObject *parent)
    : QObject(parent)
{
    m_sendTimer.setSingleShot(true);
    m_sendTimer.setInterval(0); // what one turn of the event loop appends goes in one batch
    connect(&m_sendTimer, &QTimer::timeout, this, &History::sendBatch);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &History::sendBatch);
    connect(&m_pruneTimer, &QTimer::timeout, this, &History::prune);
}

History::~History()
{
    flush();
    closeWriter();
}

QDateTime History::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTime();
}

void History::goMemoryOnly(const QString &notice)
{
    qCWarning(lcHistory, "%s", qUtf8Printable(notice));
    m_notice = notice;
    m_state = OpenState::MemoryOnly;
}

History::OpenState History::open(const QString &path, const Options &options)
{
    m_options = options;
    m_pruneTimer.setInterval(options.pruneEvery);
    m_path = path;
    m_notice.clear();
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());

    // One ChatBuddy per history: a second one would number entries the same way.
    m_lock = std::make_unique<QLockFile>(path + u".lock"_s);
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        goMemoryOnly(tr("Another ChatBuddy is using this profile's history, so this window "
                        "keeps its conversations only until you quit."));
        return m_state;
    }
    // Private from the start: SQLite gives its -wal and -shm files the same mode.
    if (!info.exists()) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly)) {
            goMemoryOnly(tr("Your chat history cannot be kept: %1 cannot be created (%2).")
                             .arg(QDir::toNativeSeparators(path), create.errorString()));
            return m_state;
        }
    }
    if (QFileInfo(path).isFile())
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    m_reader = std::make_unique<HistoryDb>(connectionName("reader"));
    // The writer leaves this marker when SQLite said the file is damaged.
    const QString marker = path + u".damaged"_s;
    HistoryDb::Opened opened = HistoryDb::Opened::Damaged;
    QString reason;
    if (QFile damaged(marker); damaged.open(QIODevice::ReadOnly)) {
        reason = QString::fromUtf8(damaged.readAll()).trimmed();
    } else {
        opened = m_reader->open(path, true);
        reason = m_reader->error();
    }
    if (opened == HistoryDb::Opened::Damaged) {
        m_reader->close();
        const QString aside =
            path + u".broken-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        const bool moved = QFile::rename(path, aside);
        QFile::rename(path + u"-wal"_s, aside + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        QFile::remove(marker);
        if (moved) {
            QFile create(path);
            if (create.open(QIODevice::WriteOnly))
                create.close();
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            opened = m_reader->open(path, true);
        }
        m_notice = tr("Your chat history could not be read (%1). It was moved to %2 and a new "
                      "history was started.")
                       .arg(reason, QDir::toNativeSeparators(aside));
        qCWarning(lcHistory, "%s", qUtf8Printable(m_notice));
    }
    if (opened == HistoryDb::Opened::Newer) {
        goMemoryOnly(tr("Your chat history was written by a newer ChatBuddy (%1), so it is "
                        "left as it is and this window keeps its conversations only until "
                        "you quit.")
                         .arg(m_reader->error()));
        m_reader.reset();
        return m_state;
    }
    if (opened != HistoryDb::Opened::Ok) {
        goMemoryOnly(tr("Your chat history cannot be opened (%1), so this window keeps its "
                        "conversations only until you quit.")
                         .arg(m_reader->error()));
        m_reader.reset();
        return m_state;
    }
    for (const Contact &contact : m_reader->contacts())
        m_contacts.insert(contact.id, contact);
    m_nextContact = m_reader->maxContactId() + 1;
    m_nextEntry = m_reader->maxEntryId() + 1;
    m_firstEntryThisRun = m_nextEntry;

    m_thread = new QThread(this);
    m_thread->setObjectName(u"history writer"_s);
    m_writer = new HistoryWriter(path);
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &HistoryWriter::done, this, &History::onBatchDone);
    m_thread->start();
    bool writerOpen = false;
    QMetaObject::invokeMethod(
        m_writer, [this, &writerOpen] { writerOpen = m_writer->open(); },
        Qt::BlockingQueuedConnection);
    if (!writerOpen) {
        const QString error = m_writer->error();
        closeWriter();
        m_reader.reset();
        goMemoryOnly(tr("Your chat history cannot be written (%1), so this window keeps its "
                        "conversations only until you quit.")
                         .arg(error));
        return m_state;
    }
    m_state = OpenState::Ready;
    if (m_options.sizeLimit > 0)
        setSizeLimit(m_options.sizeLimit);
    return m_state;
}

void History::closeWriter()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_writer = nullptr;
}

void History::setKeepHistory(bool keep)
{
    m_keep = keep;
}

void History::setRetention(std::optional<std::chrono::days> keepFor)
{
    m_retention = keepFor;
    if (keepFor) {
        prune();
        m_pruneTimer.start();
    } else {
        m_pruneTimer.stop();
    }
}

void History::setSizeLimit(qint64 bytes)
{
    m_options.sizeLimit = bytes;
    // Not queued behind the writes: those may be failing for want of this very space.
    if (m_writer) {
        QMetaObject::invokeMethod(
            m_writer, [w = m_writer, bytes] { w->setSizeLimit(bytes); }, Qt::QueuedConnection);
    }
}

void History::prune()
{
    if (!m_retention)
        return;
    const qint64 cutoff = now().addDays(-m_retention->count()).toMSecsSinceEpoch();
    HistoryOp op;
    op.type = HistoryOp::Type::Clear;
    op.upTo = m_nextEntry - 1;
    op.value = cutoff;
    m_memory.removeIf(
        [&](const auto &it) { return it.value().entry.line.time.toMSecsSinceEpoch() < cutoff; });
    if (const quint64 serial = enqueue(std::move(op)))
        m_tombstones.append({0, m_nextEntry - 1, cutoff, serial});
    Q_EMIT conversationCleared(0);
}

bool History::writesTo(qint64 contact) const
{
    const auto it = m_contacts.constFind(contact);
    return m_state == OpenState::Ready && m_keep && it != m_contacts.cend() && it->saved;
}

quint64 History::enqueue(HistoryOp op)
{
    if (m_state != OpenState::Ready)
        return 0;
    op.serial = m_nextSerial++;
    m_outbox.push_back(std::move(op));
    if (!m_sendTimer.isActive() && !m_retryTimer.isActive())
        m_sendTimer.start();
    return m_outbox.back().serial;
}

void History::sendBatch()
{
    if (!m_writer || !m_inFlight.empty() || m_outbox.empty())
        return;
    m_inFlight = std::move(m_outbox);
    m_outbox.clear();
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, ops = m_inFlight] { w->write(ops); }, Qt::QueuedConnection);
}

void History::onBatchDone(quint64 upToSerial, bool ok, const QString &error, bool damaged)
{
    if (m_inFlight.empty() || m_inFlight.back().serial != upToSerial)
        return; // flush() handled it already
    if (!ok) {
        // Kept, in order, ahead of what came since; tried again later (a full disk frees up).
        m_outbox.insert(m_outbox.begin(), std::make_move_iterator(m_inFlight.begin()),
                        std::make_move_iterator(m_inFlight.end()));
        m_inFlight.clear();
        m_retryDelay = m_failing ? std::min<std::chrono::milliseconds>(m_retryDelay * 2, LastRetry)
                                 : std::chrono::milliseconds(FirstRetry);
        m_retryTimer.start(m_retryDelay);
        if (damaged) {
            // Set aside at the next start; until then the conversations stay in memory.
            QFile marker(m_path + u".damaged"_s);
            if (marker.open(QIODevice::WriteOnly))
                marker.write(error.toUtf8());
        }
        if (!m_failing) {
            m_failing = true;
            qCWarning(lcHistory, "writing the history failed: %s", qUtf8Printable(error));
            Q_EMIT writingFailed(
                tr("Your chat history cannot be saved right now (%1). Your conversations stay "
                   "open and will be saved as soon as it works again.")
                    .arg(error));
        }
        return;
    }
    forgetWritten(m_inFlight);
    m_inFlight.clear();
    if (m_failing) {
        m_failing = false;
        qCInfo(lcHistory, "writing the history works again");
        Q_EMIT writingRecovered();
    }
    if (!m_outbox.empty() && !m_retryTimer.isActive())
        m_sendTimer.start();
}

void History::forgetWritten(const std::vector<HistoryOp> &written)
{
    // What the batch wrote leaves memory, unless a later change of it is still queued. Only
    // the batch is looked at, not everything in memory: a backlog costs nothing per batch.
    for (const HistoryOp &op : written) {
        if (op.type != HistoryOp::Type::Insert && op.type != HistoryOp::Type::SetDelivery)
            continue;
        const qint64 id = op.type == HistoryOp::Type::Insert ? op.entry.id : op.id;
        if (const auto m = m_memory.find(id);
            m != m_memory.end() && m->serial != 0 && m->serial <= op.serial)
            m_memory.erase(m);
        if (const auto d = m_deliveryUpdates.find(id);
            d != m_deliveryUpdates.end() && d->second <= op.serial)
            m_deliveryUpdates.erase(d);
    }
    if (!written.empty()) {
        const quint64 upTo = written.back().serial;
        m_tombstones.removeIf([upTo](const Tombstone &t) { return t.serial <= upTo; });
    }
}

bool History::flush()
{
    if (!m_writer)
        return true;
    m_retryTimer.stop();
    m_sendTimer.stop();
    // What is in flight is written first (the writer takes its calls in order), then the rest.
    bool ok = true;
    std::vector<HistoryOp> ops = std::move(m_inFlight);
    ops.insert(ops.end(), std::make_move_iterator(m_outbox.begin()),
               std::make_move_iterator(m_outbox.end()));
    m_inFlight.clear();
    m_outbox.clear();
    if (ops.empty())
        return true;
    QString error;
    QMetaObject::invokeMethod(
        m_writer,
        // The batch in flight may be on disk already: the writer skips what it wrote.
        [&] { ok = m_writer->writeNow(ops, error); }, Qt::BlockingQueuedConnection);
    if (ok) {
        forgetWritten(ops);
        if (m_failing) {
            m_failing = false;
            Q_EMIT writingRecovered();
        }
    } else {
        m_outbox = std::move(ops);
        m_retryTimer.start(FirstRetry);
    }
    return ok;
}

int History::pendingWrites() const
{
    return int(m_outbox.size() + m_inFlight.size());
}

} // namespace chatbuddy::client

#include "history.moc"
