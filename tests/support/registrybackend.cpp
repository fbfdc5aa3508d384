// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrybackend.h"

#include "pgserver.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace chatbuddy::test {

void addRegistryBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

bool onPostgreSql()
{
    QFETCH_GLOBAL(QString, backend);
    return backend == u"postgresql"_s;
}

bool postgreSqlRequired()
{
    return qEnvironmentVariableIntValue("CHATBUDDY_REQUIRE_POSTGRESQL") != 0;
}

RegistryDatabase freshRegistryDatabase(const QString &folder, const QString &name)
{
    if (!onPostgreSql())
        return {u"sqlite:"_s + QDir(folder).filePath(name + u".sqlite"_s), {}};
    return freshPostgreSqlDatabase(name);
}

RegistryDatabase freshPostgreSqlDatabase(const QString &name)
{
    PostgresServer &server = PostgresServer::shared();
    if (!server.isRunning() && !server.start())
        return {{}, u"PostgreSQL: "_s + server.skipReason()};
    // Emptying a database is much quicker than creating one; the first use creates it.
    if (!server.resetDatabase(name) && !server.createDatabase(name))
        return {
            {},
            u"PostgreSQL: cannot prepare the database %1: %2"_s.arg(name, server.errorString())};
    return {server.url(name), {}};
}

} // namespace chatbuddy::test
