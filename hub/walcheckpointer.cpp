// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include "hublog.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {
QAtomicInteger<quint64> checkpointerCounter;
} // namespace

WalCheckpointer::WalCheckpointer(const QString &path, std::chrono::milliseconds interval)
    : m_thread([this, path, interval] { run(path, interval); })
{
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

// A QtSql connection belongs to the thread that made it: this one is made, used and removed
// here. A checkpoint with nothing new in the WAL only reads its index and does not sync.
void WalCheckpointer::run(const QString &path, std::chrono::milliseconds interval)
{
    const QString name =
        u"chatbuddy-checkpoint-%1"_s.arg(checkpointerCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        bool warned = false;
        if (db.open()) {
            QSqlQuery query(db);
            // As the hub's connection: the checkpoint syncs the database, not every commit.
            query.exec(u"PRAGMA synchronous=NORMAL"_s);
            std::unique_lock lock(m_mutex);
            while (!m_wake.wait_for(lock, interval, [this] { return m_stop; })) {
                lock.unlock();
                if (!query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && !warned) {
                    qCDebug(lcHub, "registry: background checkpoint failed: %s",
                            qUtf8Printable(query.lastError().text()));
                    warned = true; // busy with the hub's own fallback checkpoint, say
                }
                query.finish();
                lock.lock();
            }
        } else {
            qCWarning(lcHub, "registry: no background checkpoints: %s",
                      qUtf8Printable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace chatbuddy::hub
