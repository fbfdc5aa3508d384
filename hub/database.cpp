// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// libpq's conninfo quoting: single quotes, with \ and ' escaped.
QString conninfoValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u"'%1'"_s.arg(quoted);
}

// The authority of a URI, "user:password@host:port": hostspec may name several hosts
// ("a:5432,b:5433"), which libpq tries in turn.
Status parseAuthority(QStringView authority, DatabaseLocation &location)
{
    QStringView hostspec = authority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userspec = authority.first(at);
        hostspec = authority.sliced(at + 1);
        const qsizetype colon = userspec.indexOf(u':');
        location.user = decoded(colon >= 0 ? userspec.first(colon) : userspec);
        if (colon >= 0)
            location.password = decoded(userspec.sliced(colon + 1));
    }
    QStringList hosts;
    QStringList ports;
    for (const QStringView host : hostspec.split(u',', Qt::SkipEmptyParts)) {
        // [::1]:5432 or name:5432; the port is what follows the last colon outside brackets.
        const qsizetype bracket = host.lastIndexOf(u']');
        const qsizetype colon = host.lastIndexOf(u':');
        const bool hasPort = colon >= 0 && colon > bracket;
        QStringView name = hasPort ? host.first(colon) : host;
        if (name.startsWith(u'[') && name.endsWith(u']'))
            name = name.sliced(1, name.size() - 2);
        hosts.append(decoded(name));
        ports.append(hasPort ? host.sliced(colon + 1).toString() : QString());
    }
    for (const QString &port : std::as_const(ports)) {
        bool ok = false;
        if (!port.isEmpty() && (port.toInt(&ok), !ok || port.toInt() < 1 || port.toInt() > 65535))
            return fail(u"\"%1\" is not a port number"_s.arg(port));
    }
    location.host = hosts.join(u',');
    if (ports.size() == 1 && !ports.first().isEmpty())
        location.port = ports.first().toInt();
    else if (ports.size() > 1)
        location.options.append(u"port=%1"_s.arg(ports.join(u',')));
    return {};
}

// ?key=value&...: host, port, dbname, user and password fill those parts, anything else is
// passed to libpq as it is (which refuses keywords it does not know).
Status parseQuery(QStringView query, DatabaseLocation &location)
{
    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return fail(u"\"%1\" is not key=value"_s.arg(pair));
        const QString key = decoded(pair.first(equals));
        const QString value = decoded(pair.sliced(equals + 1));
        if (key == u"host"_s) {
            location.host = value;
        } else if (key == u"port"_s) {
            bool ok = false;
            location.port = value.toInt(&ok);
            if (!ok || location.port < 1 || location.port > 65535)
                return fail(u"\"%1\" is not a port number"_s.arg(value));
        } else if (key == u"dbname"_s) {
            location.name = value;
        } else if (key == u"user"_s) {
            location.user = value;
        } else if (key == u"password"_s) {
            location.password = value;
        } else if (!key.contains(QRegularExpression(u"^[a-z_]+$"_s))) {
            return fail(u"\"%1\" is not a connection keyword"_s.arg(key));
        } else {
            location.options.append(u"%1=%2"_s.arg(key, value));
        }
    }
    return {};
}

Result<DatabaseLocation> parsePostgreSql(QStringView uri)
{
    DatabaseLocation location;
    location.engine = DatabaseLocation::Engine::PostgreSQL;
    QStringView rest = uri.sliced(uri.indexOf(u"://"_s) + 3);
    QStringView query;
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        query = rest.sliced(question + 1);
        rest = rest.first(question);
    }
    QStringView authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.first(slash);
        location.name = decoded(rest.sliced(slash + 1));
    }
    if (Status parsed = parseAuthority(authority, location); !parsed)
        return fail(parsed.error());
    if (Status parsed = parseQuery(query, location); !parsed)
        return fail(parsed.error());
    // QPSQL joins the options with spaces and cuts them at semicolons.
    for (const QString &option : std::as_const(location.options)) {
        if (option.contains(u';'))
            return fail(u"a connection option may not contain \";\": %1"_s.arg(option));
    }
    return location;
}

bool hasOption(const DatabaseLocation &location, const QString &key)
{
    return std::any_of(location.options.cbegin(), location.options.cend(),
                       [&key](const QString &option) { return option.startsWith(key + u'='); });
}

Status openSqlite(const QString &connectionName, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    if (!db.isValid())
        return fail(u"the Qt SQLite driver is missing (install libqt6sql6-sqlite)"_s);
    // Who has which key, and who writes to whom: for the hub's own user only. SQLite gives
    // the -wal and -shm files the database's mode.
    if (path != u":memory:"_s) {
        if (QFile file(path); !file.exists() && !file.open(QIODevice::WriteOnly))
            return fail(u"cannot create %1: %2"_s.arg(path, file.errorString()));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    db.setDatabaseName(path);
    if (!db.open())
        return fail(u"cannot open %1: %2"_s.arg(path, db.lastError().text()));
    return {};
}

Status openPostgreSql(const QString &connectionName, const DatabaseLocation &location)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    if (!db.isValid())
        return fail(u"the Qt PostgreSQL driver is missing (install libqt6sql6-psql)"_s);
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.name);
    db.setUserName(location.user);
    db.setPassword(location.password);
    QStringList options;
    for (const QString &option : location.options) {
        const qsizetype equals = option.indexOf(u'=');
        options.append(option.first(equals) + u'=' + conninfoValue(option.sliced(equals + 1)));
    }
    // Without a timeout, libpq waits for an unreachable server as long as TCP does, and
    // the hub's thread with it.
    if (!hasOption(location, u"connect_timeout"_s))
        options.append(u"connect_timeout=10"_s);
    if (!hasOption(location, u"application_name"_s))
        options.append(u"application_name=chatbuddy-hub"_s);
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        return fail(u"cannot connect to %1: %2"_s.arg(
            location.displayName(),
            (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed()));
    }
    // The server's notices ("already exists, skipping") are not the hub's news.
    QSqlQuery quiet(db);
    if (!quiet.exec(u"SET client_min_messages TO WARNING"_s))
        return fail(u"%1: %2"_s.arg(location.displayName(), quiet.lastError().text().trimmed()));
    return {};
}

} // namespace

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    if (text.startsWith(u"sqlite:"_s)) {
        const QString path = text.sliced(7);
        if (path.isEmpty())
            return fail(u"sqlite: needs a file name, as in sqlite:/var/lib/chatbuddy/hub.db"_s);
        return sqliteFile(path);
    }
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        auto location = parsePostgreSql(text);
        if (!location)
            return fail(u"%1 in the PostgreSQL address"_s.arg(location.error()));
        return location;
    }
    return fail(u"\"%1\" is neither sqlite:PATH nor postgresql://…"_s.arg(text.left(40)));
}

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.path = path;
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (engine == Engine::SQLite)
        return path;
    QString where = host.isEmpty() ? u"the local server"_s : host;
    if (port > 0)
        where += u" port %1"_s.arg(port);
    return u"PostgreSQL database %1 on %2%3"_s.arg(name.isEmpty() ? u"(the user's)"_s : name, where,
                                                   user.isEmpty() ? QString() : u" as " + user);
}

Status openDatabase(const QString &connectionName, const DatabaseLocation &location)
{
    const Status opened = location.isPostgreSql() ? openPostgreSql(connectionName, location)
                                                  : openSqlite(connectionName, location.path);
    if (!opened)
        QSqlDatabase::removeDatabase(connectionName);
    return opened;
}

} // namespace chatbuddy::hub
