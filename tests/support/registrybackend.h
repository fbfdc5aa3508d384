// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The registry's two engines, for suites that run the same tests on both: their
// initTestCase_data() calls addRegistryBackends() (a row "sqlite" and a row "postgresql",
// global data), and their init() asks freshRegistryDatabase() where the current row's
// registry lives: a new SQLite file, or an emptied database on the suite's own PostgreSQL
// server (PostgresServer::shared()).

#include <QString>

namespace chatbuddy::test {

void addRegistryBackends();

struct RegistryDatabase {
    QString location;   // for Registry::open(DatabaseLocation::parse(location)) or --database
    QString skipReason; // set when this engine cannot run here: QSKIP with it
};
// folder: where an SQLite file may go. name: the PostgreSQL database to empty (or create).
RegistryDatabase freshRegistryDatabase(const QString &folder,
                                       const QString &name = QStringLiteral("registry"));
// An emptied (or new) database on the process's own PostgreSQL server, for suites that need
// PostgreSQL whatever the row (hubs sharing one).
RegistryDatabase freshPostgreSqlDatabase(const QString &name);
// Whether the current global row is PostgreSQL.
bool onPostgreSql();
// Whether a PostgreSQL that cannot start fails the tests instead of skipping them: set
// CHATBUDDY_REQUIRE_POSTGRESQL=1 where it is installed (the quick start's test run does).
bool postgreSqlRequired();

} // namespace chatbuddy::test

// In init() or a test: skips (or fails, see postgreSqlRequired) when the engine cannot run.
#define CHATBUDDY_USE_DATABASE(database)                                                           \
    do {                                                                                           \
        if (!(database).skipReason.isEmpty()) {                                                    \
            if (chatbuddy::test::postgreSqlRequired())                                             \
                QFAIL(qPrintable((database).skipReason));                                          \
            QSKIP(qPrintable((database).skipReason));                                              \
        }                                                                                          \
    } while (false)
