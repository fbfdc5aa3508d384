// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the fuzz targets that run a hub Directory with a real Registry (fuzz_directory,
// fuzz_transport): opening SQLite costs more than most inputs under ASan, so the one registry
// of the process is emptied between inputs instead, through its own connection.

#include "fuzzsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace chatbuddy::fuzz {

// Deletes every binding and every piece of mail of the registries open in this process (the
// tables are hub/registry.cpp's).
inline void emptyRegistries()
{
    using namespace Qt::StringLiterals;
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (!name.startsWith(u"chatbuddy-registry-"_s))
            continue;
        QSqlQuery query(QSqlDatabase::database(name, false));
        FUZZ_CHECK_MSG(query.exec(u"DELETE FROM bindings"_s), name);
        FUZZ_CHECK_MSG(query.exec(u"DELETE FROM mail"_s), name);
    }
}

} // namespace chatbuddy::fuzz
