// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the hub keeps its registry (names, keys, sealed mail): an SQLite file, the default,
// so that a single hub needs nothing but itself; or a PostgreSQL database that several hubs
// share (docs/deployment.md). Both are reached through QtSql (QSQLITE, QPSQL).
//
// Written on the command line as
//   sqlite:PATH                                  an SQLite file (created if missing)
//   postgresql://USER:PASSWORD@HOST:PORT/DBNAME?KEY=VALUE&...
// The PostgreSQL form is libpq's connection URI: every part is optional; HOST may be a Unix
// socket folder given as ?host=/run/postgresql; other KEY=VALUE pairs are libpq's
// (sslmode, connect_timeout, application_name, ...). postgres:// is accepted too.

#include "result.h"

#include <QString>
#include <QStringList>

namespace chatbuddy::hub {

struct DatabaseLocation {
    enum class Engine { SQLite, PostgreSQL };
    Engine engine = Engine::SQLite;
    QString path; // SQLite: the file, or :memory:
    // PostgreSQL: empty parts are left to libpq's defaults (PGHOST, the local socket, ...).
    QString host; // a name, an address or a Unix socket folder
    int port = -1;
    QString name; // the database
    QString user;
    QString password;
    QStringList options; // further libpq keywords, each "key=value"

    // "sqlite:PATH" or a postgresql:// URI; anything else is refused with why.
    static Result<DatabaseLocation> parse(const QString &text);
    static DatabaseLocation sqliteFile(const QString &path);
    bool isPostgreSql() const { return engine == Engine::PostgreSQL; }
    // For logs and errors: never the password.
    QString displayName() const;
};

// Opens a QtSql connection called connectionName to location: for an SQLite file, creating
// it readable by its owner only. On failure no connection of that name is left behind.
Status openDatabase(const QString &connectionName, const DatabaseLocation &location);

} // namespace chatbuddy::hub
