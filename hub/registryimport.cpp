// SPDX-License-Identifier: GPL-3.0-or-later
// Moving a registry to another database (chatbuddy-hub --import-registry): a single hub's
// SQLite file into the PostgreSQL database of a new cluster, so that every name stays bound
// to its key and no waiting envelope is lost on the way.
#include "registry.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {
// Copies every row of the columns from source to target; rows whose key the target has
// already are left as they are there. Returns how many were added.
std::optional<int> copyRows(const QSqlDatabase &source, const QSqlDatabase &target,
                            const QString &table, const QStringList &columns, const QString &order,
                            QString &error)
{
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), table, order))) {
        error = read.lastError().text();
        return std::nullopt;
    }
    QSqlQuery write(target);
    write.prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING"_s.arg(
        table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)));
    int added = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.addBindValue(read.value(i));
        if (!write.exec()) {
            error = write.lastError().text();
            return std::nullopt;
        }
        added += write.numRowsAffected();
    }
    return added;
}
} // namespace

Result<Registry::Imported> Registry::importFrom(Registry &source)
{
    if (!isOpen() || !source.isOpen())
        return fail(u"both registries must be open"_s);
    const QSqlDatabase from = QSqlDatabase::database(source.m_connectionName, false);
    QSqlDatabase to = QSqlDatabase::database(m_connectionName, false);
    // All or nothing: a failure half way leaves the target as it was.
    if (!to.transaction())
        return fail(u"registry: %1"_s.arg(to.lastError().text()));
    QString error;
    Imported imported;
    const auto names = copyRows(from, to, u"bindings"_s,
                                {u"name_key"_s, u"name"_s, u"fingerprint"_s, u"bound_at"_s,
                                 u"last_seen"_s, u"skeleton"_s, u"bound_from"_s, u"identity"_s,
                                 u"mailbox_key"_s, u"mailbox_sig"_s},
                                u"name_key"_s, error);
    // Envelopes get new refs in the target (its own counter), in their old order.
    const auto mail = names ? copyRows(from, to, u"mail"_s,
                                       {u"recipient_fp"_s, u"sender_fp"_s, u"msg_id"_s, u"kind"_s,
                                        u"created"_s, u"expires"_s, u"body"_s},
                                       u"ref"_s, error)
                            : std::nullopt;
    const auto total = names ? source.bindingCount() : std::nullopt;
    if (!names || !mail || !total || !to.commit()) {
        to.rollback();
        return fail(u"registry: %1"_s.arg(error.isEmpty() ? to.lastError().text() : error));
    }
    imported.names = *names;
    imported.namesKept = *total - *names;
    imported.envelopes = *mail;
    return imported;
}

} // namespace chatbuddy::hub
